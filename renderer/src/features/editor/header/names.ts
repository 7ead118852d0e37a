/** Lists of names typed in one line, the way they print: 各乡镇纪委、县直各单位. */
export const splitNames = (text: string): string[] => text.split(/[、，,]/);

export const joinNames = (names: readonly string[], separator = '、'): string => names.join(separator);
