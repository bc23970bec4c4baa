/**
 * File endings /check knows, grouped by what opening such a file does. The groups follow the advice in the
 * knowledge base (advice-attachments: ".js, .exe, .vbs, .lnk or .scr is a program") and the file types
 * mail services commonly block as executable; the 2018 lures were ".docx.js", ".pdf.js" and ".mp4.js".
 */

/** Opening one runs a program or script. */
export const PROGRAM_EXTENSIONS = new Set([
  'js', 'jse', 'vbs', 'vbe', 'wsf', 'wsh', 'hta', 'ps1', 'psm1', 'bat', 'cmd', 'exe', 'scr', 'pif', 'msi', 'msp',
  'jar', 'cpl', 'dll', 'reg',
]);

/** Opening one runs what it points to, while looking like a document or a web page. */
export const SHORTCUT_EXTENSIONS = new Set(['lnk', 'url', 'scf', 'desktop', 'library-ms', 'settingcontent-ms']);

/** Documents that can carry macros, or containers Windows opens like folders (and so hide what is inside). */
export const MACRO_EXTENSIONS = new Set(['docm', 'xlsm', 'pptm', 'dotm', 'xlam', 'chm', 'one']);

/** Archives and disk images: they can hold programs while looking like one harmless file. */
export const ARCHIVE_EXTENSIONS = new Set(['zip', 'rar', '7z', 'iso', 'img', 'vhd', 'vhdx', 'cab', 'ace', 'gz', 'tar', 'arj']);

/** What a lure pretends to be: the ending before the real one in "Interview-Questions.docx.js". */
export const DOCUMENT_EXTENSIONS = new Set([
  'doc', 'docx', 'pdf', 'xls', 'xlsx', 'ppt', 'pptx', 'txt', 'rtf', 'odt', 'ods', 'csv', 'jpg', 'jpeg', 'png', 'gif',
  'mp4', 'mp3', 'avi', 'mov', 'wav', 'html', 'htm',
]);

/** Every ending above: names ending in one of these are read as attachment names. */
export const ATTACHMENT_EXTENSIONS = new Set([
  ...PROGRAM_EXTENSIONS,
  ...SHORTCUT_EXTENSIONS,
  ...MACRO_EXTENSIONS,
  ...ARCHIVE_EXTENSIONS,
  ...DOCUMENT_EXTENSIONS,
]);
