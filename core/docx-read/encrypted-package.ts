/**
 * Word and WPS save a password-protected .docx not as a zip but as a compound file (the .doc
 * container) holding EncryptionInfo and EncryptedPackage streams. Their names sit in the
 * directory as UTF-16LE, so finding one is enough to tell it from a real Word 97-2003 .doc.
 */
const compoundMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const encryptedPackageName = Array.from('EncryptedPackage', (char) => [char.charCodeAt(0), 0]).flat();

const isCompoundFile = (bytes: Uint8Array): boolean => compoundMagic.every((byte, i) => bytes[i] === byte);

export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  if (!isCompoundFile(bytes)) return false;
  const first = encryptedPackageName[0]!;
  for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    if (encryptedPackageName.every((byte, k) => bytes[i + k] === byte)) return true;
  }
  return false;
}

export const passwordProtectedMessage = '文件设置了打开密码，无法读取；请在 Word 或 WPS 中打开后取消密码（文件 → 信息 → 保护文档），另存后再试';
