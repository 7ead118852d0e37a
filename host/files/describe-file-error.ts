/** Turns a Node file-system error into the Chinese sentence a secretary can act on. */
import type { ApiErrorCode } from '../../core/api/errors.ts';

export type FileAction = 'read' | 'write';

export function describeFileError(error: unknown, file = '', action: FileAction = 'write'): { code: ApiErrorCode; message: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = file ? `“${file}”` : '文件';
  const verb = action === 'read' ? '读取' : '写入';
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return action === 'read'
        ? { code: 'FILE_BUSY', message: `没有权限读取${where}，或它正被其他程序独占。` }
        : { code: 'FILE_BUSY', message: `文件被占用或没有写入权限：${where}。请关闭在 Word/WPS 中打开的同名文件后重试，或另存一份。` };
    case 'ENOSPC':
      return { code: 'IO_ERROR', message: `磁盘空间不足，无法写入${where}。原有文件未被改动。` };
    case 'EIO':
      return { code: 'IO_ERROR', message: `磁盘读写出错，未能${verb}${where}（磁盘或 U 盘可能有故障，或网络盘已断开）。${action === 'write' ? '原有文件未被改动。' : ''}` };
    case 'ENOENT':
      return { code: 'NOT_FOUND', message: `找不到${where}。` };
    case 'EISDIR':
      return { code: 'IO_ERROR', message: `${where}是一个文件夹，不是文件。` };
    case 'EROFS':
      return { code: 'IO_ERROR', message: `${where}所在位置是只读的，无法写入。` };
    default:
      return { code: 'IO_ERROR', message: `${verb}${where}失败：${error instanceof Error ? error.message : String(error)}` };
  }
}
