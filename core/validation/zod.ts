/**
 * The one place zod is configured: every schema in the project imports `z` from here,
 * so validation messages reach users in Chinese.
 */
import { z } from 'zod';

const typeNames: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是/否',
  array: '列表',
  object: '对象',
  tuple: '参数列表',
  null: '空值',
  undefined: '未填写',
  date: '日期',
  bigint: '整数',
  nan: '非数字',
};

const chineseTypeName = (name: string): string => typeNames[name] ?? name;

const base = z.locales.zhCN();

z.config({
  ...base,
  localeError: (issue) => {
    if (issue.code === 'invalid_type') {
      const received = issue.input === undefined ? 'undefined' : issue.input === null ? 'null' : Array.isArray(issue.input) ? 'array' : typeof issue.input;
      return `应为${chineseTypeName(issue.expected)}，实际是${chineseTypeName(received)}`;
    }
    return base.localeError?.(issue);
  },
});

export { z };

/** Renders zod issues as one Chinese line per problem, each naming the field path. */
export function describeIssues(error: z.ZodError, subject = ''): string {
  return error.issues
    .map((issue) => {
      const where = formatPath(issue.path);
      const label = [subject, where].filter(Boolean).join(' ');
      return label ? `${label}：${issue.message}` : issue.message;
    })
    .join('\n');
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((segment, index) => {
      const name = typeof segment === 'number' ? `第${segment + 1}项` : String(segment);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}
