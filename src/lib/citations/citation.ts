import { formatDate, isoDate, shortMonth } from '../dates.ts';
import { KINDS } from '../kinds.ts';

/**
 * Suggested citations for a briefing or note: a plain-text line, BibTeX and RIS. Pure and deterministic:
 * the date cited is the version's date (updated, else published), never the build date.
 */
export interface CitationInput {
  /** Stable key part, e.g. the entry slug. */
  slug: string;
  kind: 'briefing' | 'note';
  title: string;
  siteName: string;
  version: string;
  published: Date;
  updated?: Date | undefined;
  url: string;
}

function versionDate(c: CitationInput): Date {
  return c.updated ?? c.published;
}

/** Rare Earths Briefing. “Title.” Briefing, version 1.0, 26 November 2026. https://… */
export function citationText(c: CitationInput): string {
  return `${c.siteName}. “${c.title}.” ${KINDS[c.kind].singular}, version ${c.version}, ${formatDate(versionDate(c))}. ${c.url}`;
}

/** The two halves of a section's citation, around the section heading and its address (the page's script
 * joins them: “Title”, section “Heading”. Briefing, version 1.0, 26 November 2026. https://…#id). */
export function sectionCitationParts(c: CitationInput): { title: string; meta: string } {
  return { title: `${c.siteName}. “${c.title}”`, meta: `${KINDS[c.kind].singular}, version ${c.version}, ${formatDate(versionDate(c))}.` };
}

/** Escapes the characters BibTeX treats specially, so a title like “R&D at 50% … {draft}” survives. */
export function bibtexEscape(s: string): string {
  return s.replace(/[\\{}%&$#_~^]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${ch}`;
    }
  });
}

export function citationKey(c: CitationInput): string {
  return `ree-${c.slug}-v${c.version.replace('.', '-')}`;
}

export function bibtex(c: CitationInput): string {
  const d = versionDate(c);
  const type = c.kind === 'briefing' ? 'techreport' : 'misc';
  const fields: Array<[string, string]> = [
    ['title', `{${bibtexEscape(c.title)}}`],
    ['author', `{{${bibtexEscape(c.siteName)}}}`], // double braces: a corporate author, not "Briefing, Rare Earths"
    ...(c.kind === 'briefing'
      ? ([
          ['institution', `{${bibtexEscape(c.siteName)}}`],
          ['type', `{${KINDS.briefing.singular}}`],
        ] as Array<[string, string]>)
      : ([['howpublished', `{${KINDS.note.singular}}`]] as Array<[string, string]>)),
    ['year', `{${d.getUTCFullYear()}}`],
    ['month', shortMonth(d).toLowerCase()],
    ['note', `{Version ${bibtexEscape(c.version)}}`],
    ['url', `{${c.url}}`],
  ];
  return `@${type}{${citationKey(c)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

export function ris(c: CitationInput): string {
  const d = versionDate(c);
  const lines = [
    ['TY', c.kind === 'briefing' ? 'RPRT' : 'GEN'],
    ['TI', c.title],
    ['AU', c.siteName],
    ['PB', c.siteName],
    ['PY', String(d.getUTCFullYear())],
    ['DA', isoDate(d).replace(/-/g, '/')],
    ['ET', `Version ${c.version}`],
    ['M3', KINDS[c.kind].singular],
    ['UR', c.url],
    ['ER', ''],
  ];
  // RIS wants "TAG  - value" lines and CRLF line ends.
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}
