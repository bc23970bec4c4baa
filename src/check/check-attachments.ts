import { fileExtensions } from './extract-parts.ts';
import { defang } from './fang.ts';
import { ARCHIVE_EXTENSIONS, DOCUMENT_EXTENSIONS, MACRO_EXTENSIONS, PROGRAM_EXTENSIONS, SHORTCUT_EXTENSIONS } from './file-extensions.ts';
import type { Finding } from './finding.ts';

const SOURCES = ['advice-attachments', 'malicious-javascript-downloaders'];

/** Attachment names that run something when opened: double extensions, programs and scripts, shortcuts, macros, archives. */
export function checkAttachments(names: readonly string[]): Finding[] {
  return names.flatMap((name): Finding[] => {
    const extensions = fileExtensions(name);
    const last = extensions.at(-1);
    if (!last) return [];
    const before = extensions.at(-2);
    const subject = defang(name);
    const shown = `\`${subject}\``;
    if (before && DOCUMENT_EXTENSIONS.has(before) && (PROGRAM_EXTENSIONS.has(last) || SHORTCUT_EXTENSIONS.has(last))) {
      return [
        {
          kind: 'risky-attachment',
          severity: 'high',
          subject,
          reason: `${shown} has a double extension: it looks like a .${before} file but is a **.${last}** ${PROGRAM_EXTENSIONS.has(last) ? 'program' : 'shortcut'}, and opening it runs it. The 2018 attackers sent exactly this kind of file ("Interview-Questions.docx.js", "CNR.Movement.mp4.js") to install the AIRBREAK backdoor.`,
          entryIds: SOURCES,
        },
      ];
    }
    if (PROGRAM_EXTENSIONS.has(last)) {
      return [{ kind: 'risky-attachment', severity: 'high', subject, reason: `${shown} is a program or script (**.${last}**): opening it runs it on your computer. Do not open it unless you asked for exactly this file.`, entryIds: SOURCES }];
    }
    if (SHORTCUT_EXTENSIONS.has(last)) {
      return [{ kind: 'risky-attachment', severity: 'high', subject, reason: `${shown} is a shortcut (**.${last}**): it opens whatever it points to, which can be a program or a web address, while looking like a document.`, entryIds: SOURCES }];
    }
    if (MACRO_EXTENSIONS.has(last)) {
      return [{ kind: 'risky-attachment', severity: 'medium', subject, reason: `${shown} (**.${last}**) can carry macros or embedded programs. Do not enable macros or content in a file you did not expect.`, entryIds: SOURCES }];
    }
    if (ARCHIVE_EXTENSIONS.has(last)) {
      return [{ kind: 'risky-attachment', severity: 'medium', subject, reason: `${shown} is an archive or disk image (**.${last}**): it can hide a program behind a document\u2019s name, and mail filters often cannot see inside. Open it only if you expected it, and never run what is inside.`, entryIds: SOURCES }];
    }
    return [];
  });
}
