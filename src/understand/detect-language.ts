/**
 * Tells when a message is written in a language the bot cannot search its English knowledge in, so it can
 * say so kindly in that language instead of "I don't know that one". Scripts other than Latin are told by
 * their letters; a few Latin-script languages of the region and of diplomacy by their commonest words.
 */
import { READING } from '../parameters.ts';

export interface UnreadLanguage {
  /** BCP 47 code, or 'und' for a script we can name but have no sentence for. */
  code: string;
  /** The language's name in English. */
  name: string;
  /** "I answer in English for now; please ask in English", in that language (absent for 'und'). */
  notice?: string;
}

interface ScriptLanguage extends UnreadLanguage {
  script: RegExp;
}

const BY_SCRIPT: ScriptLanguage[] = [
  { script: /\p{Script=Khmer}/u, code: 'km', name: 'Khmer', notice: 'សូមអភ័យទោស ខ្ញុំអាចឆ្លើយបានតែជាភាសាអង់គ្លេសប៉ុណ្ណោះសម្រាប់ពេលនេះ។ សូមសួរសំណួររបស់អ្នកជាភាសាអង់គ្លេស។' },
  { script: /\p{Script=Thai}/u, code: 'th', name: 'Thai', notice: 'ขออภัย ตอนนี้ฉันตอบได้เฉพาะภาษาอังกฤษเท่านั้น กรุณาถามเป็นภาษาอังกฤษ' },
  { script: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, code: 'ja', name: 'Japanese', notice: '申し訳ありませんが、現在は英語でのみお答えしています。英語で質問してください。' },
  { script: /\p{Script=Hangul}/u, code: 'ko', name: 'Korean', notice: '죄송합니다. 지금은 영어로만 답변할 수 있습니다. 영어로 질문해 주세요.' },
  { script: /\p{Script=Han}/u, code: 'zh', name: 'Chinese', notice: '抱歉，我目前只能用英语回答。请用英语提问。' },
  { script: /\p{Script=Cyrillic}/u, code: 'ru', name: 'Russian', notice: 'Извините, пока я отвечаю только на английском. Пожалуйста, задайте вопрос на английском.' },
  { script: /\p{Script=Arabic}/u, code: 'ar', name: 'Arabic', notice: 'عذرًا، أستطيع الإجابة باللغة الإنجليزية فقط حاليًا. يُرجى طرح سؤالك باللغة الإنجليزية.' },
  { script: /\p{Script=Lao}/u, code: 'lo', name: 'Lao' },
  { script: /\p{Script=Myanmar}/u, code: 'my', name: 'Burmese' },
  { script: /\p{Script=Devanagari}/u, code: 'hi', name: 'Hindi' },
  { script: /\p{Script=Greek}/u, code: 'el', name: 'Greek' },
  { script: /\p{Script=Hebrew}/u, code: 'he', name: 'Hebrew' },
];

interface WordLanguage extends UnreadLanguage {
  words: ReadonlySet<string>;
}

const words = (list: string) => new Set(list.split(' '));

const BY_WORDS: WordLanguage[] = [
  {
    code: 'vi', name: 'Vietnamese', notice: 'Xin lỗi, hiện tại tôi chỉ có thể trả lời bằng tiếng Anh. Vui lòng đặt câu hỏi bằng tiếng Anh.',
    words: words('ai cái của là và có không những được trong cho người này với các một đã gì tại sao như thế nào khi nào bầu cử'),
  },
  {
    code: 'fr', name: 'French', notice: 'Désolé, pour l’instant je ne réponds qu’en anglais. Merci de poser votre question en anglais.',
    words: words('le la les des est qui que quoi pourquoi comment une du au aux et pas avec pour sur dans ce cette sont ont été élection élections pirates'),
  },
  {
    code: 'es', name: 'Spanish', notice: 'Lo siento, por ahora solo respondo en inglés. Por favor, haz tu pregunta en inglés.',
    words: words('el los las es que quién quien por qué cómo como una del y con para sobre en fue son han elección elecciones quiénes cuándo dónde'),
  },
  {
    code: 'id', name: 'Indonesian', notice: 'Maaf, untuk saat ini saya hanya bisa menjawab dalam bahasa Inggris. Silakan ajukan pertanyaan Anda dalam bahasa Inggris.',
    words: words('apa siapa yang dan di ini itu dengan untuk tidak bagaimana kapan mengapa kenapa adalah dari ke pemilu serangan'),
  },
];

/** Share of a message's letters that must be in another script, or of its words in another language. */
const { foreignShare: FOREIGN_SHARE, minWordsForWordTest: MIN_WORDS_FOR_WORD_TEST } = READING;
const NON_ASCII = /[^\x00-\x7f]/;

export function detectUnreadLanguage(text: string): UnreadLanguage | undefined {
  // Plain ASCII (most messages) has no letter in any script above, and its letters are A–Z.
  if (NON_ASCII.test(text)) {
    const letters = [...text].filter((ch) => /\p{L}/u.test(ch));
    if (letters.length === 0) return undefined;
    for (const { script, ...language } of BY_SCRIPT) {
      const inScript = letters.filter((ch) => script.test(ch)).length;
      if (inScript / letters.length >= FOREIGN_SHARE) return language;
    }
  } else if (!/[a-z]/i.test(text)) return undefined;
  const tokens = text.toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
  if (tokens.length < MIN_WORDS_FOR_WORD_TEST) return undefined;
  for (const { words: common, ...language } of BY_WORDS) {
    const known = tokens.filter((token) => common.has(token)).length;
    if (known / tokens.length >= FOREIGN_SHARE * 0.8 && known >= 2) return language;
  }
  return undefined;
}
