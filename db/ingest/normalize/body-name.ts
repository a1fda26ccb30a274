import { fold } from './text';

/** Where a title or a person's name may follow: a word that ends a body's name. */
const BODY_END = /(?:都|道|府|県|市|区|町|村|機構|連合|組合|協会|省|庁|府|院|委員会)$/;
/** A word that ends in a title: what comes after it is the holder's name (「日野市長 大坪 冬彦」). */
const TITLE_END = /(?:知事|長|大臣|長官|管理者)$/;
/** Executive organs of a local body (兵庫県教育委員会): the body is the one before them. */
const ORGAN = /(教育委員会(?:教育長)?|選挙管理委員会|公安委員会|人事委員会|公平委員会|農業委員会|監査委員|(?:水道|下水道|病院|交通|ガス|電気|公営企業|企業)(?:事業)?管理者|消防長|議会議長|議会)$/;
const LOCAL_END = /(?:都|道|府|県|市|区|町|村)$/;

export interface BodyName {
  /** the body's name without title, holder or organ: 「日野市」, 「愛知県扶桑町」, 「法務大臣」 as is */
  name: string;
  /** the executive organ named after the body, 「教育委員会」 */
  organ: string | null;
}

/**
 * The body's name in 評価実施機関名 as the documents write it: 「栃木県知事」, 「品川区長」,
 * 「愛知県 扶桑町長」, 「日野市長 大坪 冬彦」, 「郡山市」 (no 長), 「兵庫県教育委員会」. A space may
 * separate the prefecture from the town, or the title from its holder's name: words are kept up
 * to the one that ends in a title, or up to the first that ends a body's name (a prefecture
 * followed by more words is only its first part).
 */
export function bodyNameOf(written: string): BodyName {
  const words = fold(written).split(' ').filter(Boolean);
  const kept: string[] = [];
  for (const [i, w] of words.entries()) {
    kept.push(w);
    if (TITLE_END.test(w)) break;
    if (BODY_END.test(w) && !(i < words.length - 1 && /^(?:東京都|北海道|(?:京都|大阪)府|.{2,3}県)$/.test(w))) break;
  }
  let name = kept.join('');
  let organ: string | null = null;
  const o = ORGAN.exec(name);
  if (o && LOCAL_END.test(name.slice(0, o.index))) {
    organ = o[1]!;
    name = name.slice(0, o.index);
  }
  return { name: withoutTitle(name), organ };
}

/** 「栃木県知事」 → 「栃木県」, 「品川区長」 → 「品川区」, 「…広域連合長」 → 「…広域連合」, 「長」 → 「」. */
function withoutTitle(name: string): string {
  if (name.endsWith('知事')) return name.slice(0, -2);
  if (/(?:理事長|管理者)$/.test(name)) return name.slice(0, -3);
  if (name.endsWith('長') && !name.endsWith('委員長')) return name.slice(0, -1);
  return name;
}
