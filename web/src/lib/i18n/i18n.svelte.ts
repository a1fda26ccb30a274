import { en } from './en';
import { ja, type MessageKey } from './ja';

export type Lang = 'ja' | 'en';
export type { MessageKey };

const messages: Record<Lang, Record<MessageKey, string>> = { ja, en };
const STORAGE_KEY = 'pia.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

/** The UI language: Japanese unless the reader switched to English. */
class I18n {
  lang = $state<Lang>(typeof localStorage === 'undefined' ? 'ja' : initialLang());

  t = (key: MessageKey, params: Record<string, string | number> = {}): string =>
    messages[this.lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
      name in params ? String(params[name]) : m,
    );

  toggle = () => {
    this.lang = this.lang === 'ja' ? 'en' : 'ja';
    try {
      localStorage.setItem(STORAGE_KEY, this.lang);
    } catch {
      // private mode: the switch still works for this page
    }
  };
}

export const i18n = new I18n();

export const t = i18n.t;

/** The message for a code the API sends (`kind.incident`), or the code itself when none is written. */
export function tCode(prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return key in ja ? t(key as MessageKey) : code;
}
