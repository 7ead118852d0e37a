/** Font names per role (GB/T 9704 §7 names typefaces; these are the family names Word and WPS resolve). */
export const fontProfileIds = ['classic', 'windows', 'xinchuang'] as const;
export type FontProfileId = (typeof fontProfileIds)[number];

export interface FontProfile {
  label: string;
  /** 正文 仿宋 */
  fangsong: string;
  /** 二级标题, 签发人姓名 楷体 */
  kaiti: string;
  /** 一级标题, 密级, 附件标识 黑体 */
  heiti: string;
  /** 标题, 发文机关标志 小标宋 */
  xiaobiaosong: string;
  /** 页码 宋体 */
  songti: string;
  /** Digits and Latin letters. */
  latin: string;
}

export const fontProfiles: Record<FontProfileId, FontProfile> = {
  classic: {
    label: '经典',
    fangsong: '仿宋_GB2312',
    kaiti: '楷体_GB2312',
    heiti: '黑体',
    xiaobiaosong: '方正小标宋简体',
    songti: '宋体',
    latin: 'Times New Roman',
  },
  windows: {
    label: 'Windows 默认',
    fangsong: '仿宋',
    kaiti: '楷体',
    heiti: '黑体',
    xiaobiaosong: '方正小标宋简体',
    songti: '宋体',
    latin: 'Times New Roman',
  },
  xinchuang: {
    label: '信创',
    fangsong: '方正仿宋_GBK',
    kaiti: '方正楷体_GBK',
    heiti: '方正黑体_GBK',
    xiaobiaosong: '方正小标宋_GBK',
    songti: '宋体',
    latin: 'Times New Roman',
  },
};
