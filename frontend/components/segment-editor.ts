import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';

/**
 * `<segment-editor>`: the target-text cell of the side-by-side translation editor.
 *
 * Technique: a native `<textarea>` (transparent text, visible caret) over a mirrored backdrop that renders the
 * same text with identical font, padding and wrapping, plus the marker chips and the range highlights. The
 * browser keeps doing what it does best in a textarea (IME, bidi caret movement, undo, selection, clipboard);
 * the backdrop only paints. Both sit in one grid cell, so the editor grows with its text and never scrolls.
 *
 * The value is plain text with inline formatting markers: `**bold**`, `*italic*` and `\*` (a literal
 * asterisk). Markers are protected: an edit that would delete or split one marker of a pair is refused; a
 * typed or pasted `*` is inserted as `\*`. All checks live in Java; this element only paints the ranges it is
 * given and keeps them in place while the person types.
 *
 * Ranges come with `rangesValue`, the text they were computed for: if the person typed on meanwhile, they are
 * moved along the edit on arrival (those whose own text changed are dropped), so a slow check never paints at
 * stale offsets.
 *
 * Nothing typed is lost: `savedValue` (set by Java) is the text as last saved; while the value differs from it, the
 * browser asks before the page is reloaded or closed, and Esc puts the saved text back as an edit that Ctrl+Z
 * takes back. The value is sent at once before every shortcut key reaches the page and before an in-app
 * navigation (back button), so Java always acts on the text as shown.
 *
 * Events: `value-changed` (debounced 300 ms while typing, at once on blur and before a command, a shortcut key or
 * a range click), `range-click` {id, kind, start, end, pointer} (click, Enter, Ctrl+. or Alt+Enter on a range; a
 * click leaves the caret where it was put), `segment-command` {command}, `selection-changed` {start, end} (after a
 * mouse or keyboard selection, and before a shortcut key reaches the page). Methods: `insertAtCursor(text)`,
 * `replaceRange(start, end, expected, replacement)`, `replaceValue(text)`, `focusEditor()`,
 * `selectRange(start, end)`, `rangeAnchor(id)`.
 */

/** A highlighted span of the value; offsets in UTF-16 code units, `end` exclusive. */
export interface HighlightRange {
  id: string;
  start: number;
  end: number;
  kind: string;
  message: string;
}

/** The keyboard commands sent as `segment-command` events. */
export type SegmentCommand = 'confirm' | 'approve' | 'previous' | 'next' | 'copy-source' | 'revert' | 'switch-text';

/** A protected formatting token of the value; `partner` is the index of the other marker of its pair, or -1. */
interface Token {
  start: number;
  end: number;
  kind: 'bold' | 'italic' | 'escape';
  partner: number;
}

/** One replacement in the value: [start, end) of the old text replaced by `insert`. */
interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** Finds the formatting tokens; bold and italic markers pair up in order (1st with 2nd, 3rd with 4th...). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const open: Partial<Record<Token['kind'], number>> = {};
  for (const m of text.matchAll(/\\\*|\*\*|\*/g)) {
    const kind = m[0] === '\\*' ? 'escape' : m[0] === '**' ? 'bold' : 'italic';
    const index = tokens.length;
    tokens.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind, partner: -1 });
    if (kind === 'escape') continue;
    const opener = open[kind];
    if (opener === undefined) {
      open[kind] = index;
    } else {
      tokens[opener].partner = index;
      tokens[index].partner = opener;
      delete open[kind];
    }
  }
  return tokens;
}

/** Typed or pasted asterisks become literal ones: markers come from the source text only. */
export function escapeAsterisks(text: string): string {
  return text.replace(/\\\*|\*/g, '\\*');
}

/** Whitespace as Java's `String.strip()` sees it (`Character.isWhitespace`: not the no-break spaces). */
const JAVA_WHITESPACE = '\t-\r\u001c-\u001f \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000';
const JAVA_STRIP = new RegExp(`^[${JAVA_WHITESPACE}]+|[${JAVA_WHITESPACE}]+$`, 'g');

/** The text as Java's `String.strip()` leaves it: the server stores translations stripped. */
export function stripLikeJava(text: string): string {
  return text.replace(JAVA_STRIP, '');
}

/**
 * Whether an edit keeps every marker whole: it may not cut into a token, may remove a bold or italic marker
 * only together with its partner, and may not turn text into a new marker (or a marker into an escape).
 */
export function keepsMarkers(text: string, edit: Edit): boolean {
  const { start, end, insert } = edit;
  const before = tokenize(text);
  const removed = new Set<number>();
  for (const [i, t] of before.entries()) {
    const touches = start === end ? t.start < start && start < t.end : start < t.end && end > t.start;
    if (!touches) continue;
    if (start === end || t.start < start || t.end > end) return false;
    removed.add(i);
  }
  for (const i of removed) {
    if (before[i].partner >= 0 && !removed.has(before[i].partner)) return false;
  }
  const delta = insert.length - (end - start);
  const expected = [
    ...before.filter((t, i) => !removed.has(i) && t.end <= start).map((t) => `${t.kind}@${t.start}`),
    ...tokenize(insert).map((t) => `${t.kind}@${t.start + start}`),
    ...before.filter((t, i) => !removed.has(i) && t.start >= end).map((t) => `${t.kind}@${t.start + delta}`),
  ];
  const after = tokenize(text.slice(0, start) + insert + text.slice(end)).map((t) => `${t.kind}@${t.start}`);
  return expected.join() === after.join();
}

/** The replacement that turned `before` into `after`, anchored at the old selection end where ambiguous. */
function diff(before: string, after: string, selectionEnd: number): Edit {
  let suffix = 0;
  const maxSuffix = Math.min(before.length - Math.min(selectionEnd, before.length), after.length);
  while (suffix < maxSuffix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  let prefix = 0;
  const maxPrefix = Math.min(before.length, after.length) - suffix;
  while (prefix < maxPrefix && before[prefix] === after[prefix]) prefix++;
  return { start: prefix, end: before.length - suffix, insert: after.slice(prefix, after.length - suffix) };
}

/** Moves ranges after an edit; ranges whose own text was edited are dropped until Java sends new ones. */
export function shiftRanges(ranges: HighlightRange[], edit: Edit): HighlightRange[] {
  const delta = edit.insert.length - (edit.end - edit.start);
  return ranges.flatMap((r) => {
    if (edit.start >= r.end) return [r];
    if (edit.end <= r.start) return [{ ...r, start: r.start + delta, end: r.end + delta }];
    return [];
  });
}

/** Ctrl+. (a quick fix, as in many editors) or Alt+Enter: open the range at the caret. */
function opensRangeAtCaret(e: KeyboardEvent): boolean {
  const ctrl = e.ctrlKey || e.metaKey;
  if (ctrl && !e.shiftKey && !e.altKey && (e.code === 'Period' || e.key === '.')) return true;
  return e.altKey && !ctrl && !e.shiftKey && e.key === 'Enter';
}

function commandFor(e: KeyboardEvent): SegmentCommand | undefined {
  const ctrl = e.ctrlKey || e.metaKey;
  if (ctrl && !e.shiftKey && !e.altKey && e.key === 'Enter') return 'confirm';
  if (e.altKey && !ctrl && !e.shiftKey && e.key === 'ArrowUp') return 'previous';
  if (e.altKey && !ctrl && !e.shiftKey && e.key === 'ArrowDown') return 'next';
  // e.code: the physical key, so it also works with an Arabic or Russian keyboard layout
  if (ctrl && e.shiftKey && !e.altKey && e.code === 'KeyS') return 'copy-source';
  if (ctrl && e.shiftKey && !e.altKey && e.code === 'KeyA') return 'approve';
  if (e.altKey && !ctrl && !e.shiftKey && e.code === 'KeyS') return 'switch-text';
  if (!ctrl && !e.shiftKey && !e.altKey && e.key === 'Escape') return 'revert';
  return undefined;
}

/** What the tooltip calls a range kind; other kinds are shown as they are. */
const KIND_LABELS: Record<string, string> = {
  'term-hit': 'Term',
  'term-hint': 'Proposed term',
  'term-error': 'Terminology',
  'term-missing': 'Missing term',
  spelling: 'Spelling',
  grammar: 'Grammar',
  style: 'Style',
  'qa-error': 'Check error',
  'qa-warning': 'Check warning',
  'qa-info': 'Check note',
};

const kindLabel = (kind: string) => KIND_LABELS[kind] ?? kind;

/** The message with each “quoted” term isolated, so an Arabic term keeps its place in an English sentence. */
const isolateQuoted = (message: string) =>
  message
    .split(/(“[^”]*”)/)
    .map((part) => (part.startsWith('“') && part.endsWith('”') ? html`“<bdi>${part.slice(1, -1)}</bdi>”` : part));

/** CSS class name for a range kind (kinds are free-form strings from Java). */
const kindClass = (kind: string) => `kind-${kind.replace(/[^a-z0-9-]/gi, '_')}`;

export class SegmentEditor extends LitElement {
  static override properties = {
    value: { type: String },
    ranges: { type: Array, attribute: false },
    rangesValue: { type: String, attribute: false },
    savedValue: { type: String, attribute: false },
    dir: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    accessibleName: { type: String, attribute: 'accessible-name' },
    readonly: { type: Boolean, reflect: true },
    _tip: { state: true },
    _blocked: { state: true },
  };

  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The text with its formatting markers. */
  declare value: string;
  /** Highlights to paint; offsets into `value`. */
  declare ranges: HighlightRange[];
  /** The text the server computed `ranges` for; undefined: the current value. */
  declare rangesValue: string | undefined;
  /** The text as last saved on the server (stripped); undefined: nothing to guard, e.g. a read-only source. */
  declare savedValue: string | undefined;
  /** "ltr", "rtl" or "auto". */
  declare dir: string;
  /** BCP 47 language of the text (line breaking, fonts, screen reader voice). */
  declare lang: string;
  /** The textarea's accessible name (aria-label). */
  declare accessibleName: string;
  /**
   * Read only: the text can be selected (with the mouse, or with the keyboard: a caret moves in it) and copied,
   * not changed (set by Vaadin's setReadOnly). The textarea itself is not `readonly`: Chrome moves no caret in one.
   */
  declare readonly: boolean;
  declare private _tip: HighlightRange | undefined;
  declare private _blocked: boolean;

  private syncTimer: number | undefined;
  private syncedValue = '';
  private selectionEndBeforeEdit: number | undefined;
  private composing = false;
  /** The value and selection end when an IME composition began: the composed text is checked as one edit. */
  private beforeComposition: { value: string; selectionEnd: number } | undefined;
  private tipSource: 'pointer' | 'caret' | undefined;
  /** The selection last reported in a `selection-changed` event, as "start:end". */
  private reportedSelection = '0:0';
  private announcement = '';
  /** Set while a replacement asked by the server (or Esc) goes in verbatim: its markers are not the person's. */
  private verbatim = false;

  constructor() {
    super();
    this.value = '';
    this.ranges = [];
    this.dir = 'auto';
    this.lang = '';
    this.accessibleName = '';
    this.readonly = false;
    this._blocked = false;
  }

  static override styles = css`
    :host([readonly]) .editor {
      background: var(--lumo-contrast-5pct, #f3f4f6);
    }
    :host {
      display: block;
      --segment-editor-term-hit-background: rgba(255, 196, 0, 0.35);
      --segment-editor-term-error-color: #c2185b;
      --segment-editor-term-hint-background: rgba(255, 196, 0, 0.12);
      --segment-editor-term-hint-color: #8a6d00;
      --segment-editor-spelling-color: #e53935;
      --segment-editor-grammar-color: #1e63d6;
      --segment-editor-style-color: #2e7d32;
      --segment-editor-qa-error-color: #c62828;
      --segment-editor-qa-warning-color: #b26a00;
      --segment-editor-qa-info-color: #6b7280;
      --segment-editor-marker-color: var(--lumo-secondary-text-color, #6b7280);
      --segment-editor-marker-background: rgba(100, 116, 139, 0.18);
      --segment-editor-selection-background: rgba(30, 99, 214, 0.25);
    }
    .editor {
      position: relative;
      display: grid;
      border: 1px solid var(--lumo-contrast-30pct, #b8c0cc);
      border-radius: var(--lumo-border-radius-m, 4px);
      background: var(--lumo-base-color, #fff);
      color: var(--lumo-body-text-color, #1f2937);
    }
    .editor:focus-within {
      border-color: var(--lumo-primary-color, #1e63d6);
      box-shadow: 0 0 0 2px var(--lumo-primary-color-50pct, rgba(30, 99, 214, 0.4));
    }
    .editor.blocked {
      border-color: var(--lumo-error-color, #c62828);
    }
    /* The textarea and its mirror must lay out text identically: same box, font, wrapping. */
    .backdrop,
    textarea {
      grid-area: 1 / 1;
      box-sizing: border-box;
      margin: 0;
      border: 0;
      padding: var(--segment-editor-padding, 0.5em 0.75em);
      font: inherit;
      font-size: var(--segment-editor-font-size, var(--lumo-font-size-m, 1rem));
      line-height: var(--segment-editor-line-height, 1.7);
      letter-spacing: normal;
      white-space: pre-wrap;
      overflow-wrap: break-word;
      word-break: normal;
      text-align: start;
      tab-size: 4;
      min-height: 2.7em;
    }
    .backdrop {
      pointer-events: none;
    }
    textarea {
      width: 100%;
      height: 100%;
      resize: none;
      overflow: hidden;
      outline: none;
      background: transparent;
      color: transparent;
      caret-color: var(--lumo-body-text-color, #1f2937);
    }
    textarea::selection {
      color: transparent;
      background: var(--segment-editor-selection-background);
    }
    .marker {
      color: var(--segment-editor-marker-color);
      background: var(--segment-editor-marker-background);
      border-radius: 3px;
    }
    .range {
      text-decoration-skip-ink: none;
      text-underline-offset: 0.25em;
      text-decoration-thickness: 1.5px;
    }
    .kind-term-hit {
      background: var(--segment-editor-term-hit-background);
      border-radius: 2px;
    }
    .kind-term-error {
      text-decoration: underline wavy var(--segment-editor-term-error-color);
    }
    .kind-term-hint {
      background: var(--segment-editor-term-hint-background);
      text-decoration: underline dotted var(--segment-editor-term-hint-color);
    }
    .kind-term-missing {
      background: var(--segment-editor-term-hit-background);
      text-decoration: underline wavy var(--segment-editor-term-error-color);
    }
    .kind-spelling {
      text-decoration: underline wavy var(--segment-editor-spelling-color);
    }
    /* spelling, grammar and style differ in line shape too, not only in colour */
    .kind-grammar {
      text-decoration: underline double var(--segment-editor-grammar-color);
      text-decoration-thickness: 1px;
    }
    .kind-style {
      text-decoration: underline dotted var(--segment-editor-style-color);
      text-decoration-thickness: 2px;
    }
    /* the built-in checks (numbers, symbols, punctuation...): a dashed line, coloured by severity */
    .kind-qa-error {
      text-decoration: underline dashed var(--segment-editor-qa-error-color);
      text-decoration-thickness: 2px;
    }
    .kind-qa-warning {
      text-decoration: underline dashed var(--segment-editor-qa-warning-color);
      text-decoration-thickness: 2px;
    }
    .kind-qa-info {
      text-decoration: underline dashed var(--segment-editor-qa-info-color);
      text-decoration-thickness: 1px;
    }
    .tip {
      position: absolute;
      z-index: 1;
      max-width: min(28em, 90%);
      padding: 0.3em 0.6em;
      border-radius: var(--lumo-border-radius-s, 3px);
      background: var(--lumo-contrast-90pct, #1f2937);
      color: var(--lumo-base-color, #fff);
      font-size: var(--lumo-font-size-s, 0.875rem);
      pointer-events: none;
    }
    .tip[hidden] {
      display: none;
    }
    .tip .kind {
      opacity: 0.75;
      margin-inline-end: 0.5em;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  /** Inserts text at the caret (replacing the selection), as typed text: undoable, markers protected. */
  insertAtCursor(text: string): void {
    if (this.readonly) return;
    const ta = this.textarea;
    ta.focus();
    const insert = escapeAsterisks(text);
    let { selectionStart: start, selectionEnd: end } = ta;
    if (!keepsMarkers(this.value, { start, end, insert })) {
      // the caret sits inside a marker or the selection cuts one: insert after the selection instead
      const inside = tokenize(this.value).find((t) => t.start < end && end < t.end);
      start = end = inside ? inside.end : end;
      if (!keepsMarkers(this.value, { start, end, insert })) return this.refuse();
      ta.setSelectionRange(start, end);
    }
    this.replaceSelection(insert);
    this.syncNow();
  }

  /**
   * Replaces [start, end) with `replacement` as typed text (undoable, markers protected, value sent at once), if
   * the text there is still `expected`: applying a suggestion never overwrites what was typed meanwhile.
   */
  replaceRange(start: number, end: number, expected: string, replacement: string): void {
    const ta = this.textarea;
    if (this.readonly || this.value.slice(start, end) !== expected) {
      this.announce('The text has changed; the suggestion was not applied');
      return;
    }
    const insert = escapeAsterisks(replacement);
    if (!keepsMarkers(this.value, { start, end, insert })) return this.refuse();
    ta.focus();
    ta.setSelectionRange(start, end);
    this.replaceSelection(insert);
    this.syncNow();
  }

  /**
   * Replaces the whole text with `text` as typed (one undo step: Ctrl+Z brings the old text back), markers
   * included as they are (they come from the server: the saved text, the source), and sends it at once.
   */
  replaceValue(text: string): void {
    const ta = this.textarea;
    if (this.readonly || ta.value === text) return;
    ta.focus();
    ta.select();
    this.verbatim = true;
    try {
      this.replaceSelection(text);
    } finally {
      this.verbatim = false;
    }
    this.syncNow();
  }

  /**
   * A text saved elsewhere, offered by the server: taken only while the browser shows `expected`, the text the
   * server believes is here. Otherwise the person typed something the server has not seen yet (within the 300 ms
   * before it is sent, or on its way): that text stays, is sent at once, and the answer is false, so the server
   * keeps the older version as the base and the next save shows both texts instead of one silently replacing the
   * other.
   */
  async offerValue(expected: string, text: string): Promise<boolean> {
    // a fill can arrive with the page's first response, before the editor has rendered its textarea
    await this.updateComplete;
    const ta = this.textarea;
    if (ta.value !== expected) {
      this.syncNow();
      return false;
    }
    ta.value = text;
    this.value = text;
    this.syncNow();
    return true;
  }

  /** Whether the text differs from the one last saved (as the server compares them: stripped). */
  hasUnsavedText(): boolean {
    return !this.readonly && this.savedValue !== undefined && stripLikeJava(this.value ?? '') !== this.savedValue;
  }

  /** The painted element of a range (its first piece), to anchor a popover at; null when it is not painted. */
  rangeAnchor(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-range-id="${CSS.escape(id)}"]`);
  }

  /** Moves the keyboard focus into the text. */
  focusEditor(): void {
    this.focusRequestedAt = performance.now();
    this.updateComplete.then(() => this.textarea.focus());
  }

  /**
   * When the focus was asked for: on a full page load Flow renders the view in a hidden container and then moves it
   * into the page, and moving an element takes its focus away. A request of the last five seconds is honoured again
   * when the editor is attached anew, unless the user has put the focus somewhere else meanwhile.
   */
  private focusRequestedAt = Number.NEGATIVE_INFINITY;

  /** Selects [start, end) of the value (clamped to it), e.g. to show a term the server found. */
  selectRange(start: number, end: number): void {
    this.updateComplete.then(() => {
      const length = this.textarea.value.length;
      this.textarea.setSelectionRange(Math.min(start, length), Math.min(end, length));
      this.reportedSelection = `${this.textarea.selectionStart}:${this.textarea.selectionEnd}`;
    });
  }

  /** Tells Java the current selection if it changed since the last report (a textarea keeps it when blurred). */
  private reportSelection(): void {
    const { selectionStart: start, selectionEnd: end } = this.textarea;
    const key = `${start}:${end}`;
    if (key === this.reportedSelection) return;
    this.reportedSelection = key;
    this.dispatchEvent(new CustomEvent('selection-changed', { detail: { start, end } }));
  }

  private onKeyUp(): void {
    this.reportSelection();
    this.showCaretTip();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    // capture: at the window, capturing listeners run before Flow's own, so the text is sent before the navigation
    window.addEventListener('popstate', this.onLeaving, { capture: true });
    window.addEventListener('pagehide', this.onLeaving);
    if (performance.now() - this.focusRequestedAt < 5000) {
      this.updateComplete.then(() => {
        const active = document.activeElement;
        if (!active || active === document.body) this.textarea?.focus();
      });
    }
  }

  override disconnectedCallback(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    window.removeEventListener('popstate', this.onLeaving, { capture: true });
    window.removeEventListener('pagehide', this.onLeaving);
    super.disconnectedCallback();
  }

  /** Reload, closing the tab, leaving the site: the browser asks first while the text is not saved. */
  private readonly onBeforeUnload = (e: BeforeUnloadEvent): void => {
    this.syncNow();
    if (this.hasUnsavedText()) {
      e.preventDefault();
      e.returnValue = ''; // older browsers ask only with a return value
    }
  };

  /** The back/forward buttons (an in-app navigation) or the page going away: the server gets the text first. */
  private readonly onLeaving = (): void => this.syncNow();

  private get textarea(): HTMLTextAreaElement {
    return this.renderRoot.querySelector('textarea')!;
  }

  protected override render(): TemplateResult {
    const tip = this._tip;
    return html`
      <div class="editor ${this._blocked ? 'blocked' : ''}" lang=${this.lang || nothing} dir=${this.dir || 'auto'}>
        <div class="backdrop" aria-hidden="true">${this.renderText()}</div>
        <textarea
          rows="1"
          spellcheck="false"
          dir=${this.dir || 'auto'}
          aria-label=${this.accessibleName || nothing}
          aria-readonly=${this.readonly ? 'true' : nothing}
          inputmode=${this.readonly ? 'none' : nothing}
          aria-describedby=${tip ? 'tip' : nothing}
          @beforeinput=${this.onBeforeInput}
          @input=${this.onInput}
          @compositionstart=${this.onCompositionStart}
          @compositionend=${this.onCompositionEnd}
          @keydown=${this.onKeyDown}
          @keyup=${this.onKeyUp}
          @mouseup=${this.reportSelection}
          @select=${this.reportSelection}
          @focus=${this.showCaretTip}
          @blur=${this.onBlur}
          @click=${this.onClick}
          @mousemove=${this.onMouseMove}
          @mouseleave=${this.onMouseLeave}
        ></textarea>
        <div id="tip" class="tip" role="tooltip" dir="ltr" ?hidden=${!tip}>
          ${tip ? html`<span class="kind">${kindLabel(tip.kind)}</span>${isolateQuoted(tip.message)}` : nothing}
        </div>
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }

  /** The value cut at every token and range boundary; each piece wrapped in its marker and range spans. */
  private renderText(): Array<TemplateResult | string> {
    const text = this.value ?? '';
    const tokens = tokenize(text);
    const ranges = this.visibleRanges();
    const cuts = [0, text.length, ...tokens.flatMap((t) => [t.start, t.end]), ...ranges.flatMap((r) => [r.start, r.end])];
    const bounds = [...new Set(cuts)].sort((a, b) => a - b);
    const pieces: Array<TemplateResult | string> = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const [from, to] = [bounds[i], bounds[i + 1]];
      let piece: TemplateResult | string = text.slice(from, to);
      const token = tokens.find((t) => t.start <= from && to <= t.end);
      if (token) piece = html`<span class="marker ${token.kind}">${piece}</span>`;
      // innermost the shortest range, so the longer ones' spans enclose it
      for (const r of ranges.filter((r) => r.start <= from && to <= r.end).sort((a, b) => a.end - a.start - (b.end - b.start))) {
        piece = html`<span class="range ${kindClass(r.kind)}" data-kind=${r.kind} data-range-id=${r.id}>${piece}</span>`;
      }
      pieces.push(piece);
    }
    pieces.push('\u200b'); // keeps a trailing empty line as tall as the textarea's
    return pieces;
  }

  private visibleRanges(): HighlightRange[] {
    const length = (this.value ?? '').length;
    return (this.ranges ?? []).filter((r) => 0 <= r.start && r.start < r.end && r.end <= length);
  }

  protected override firstUpdated(): void {
    // a popover opened on a range marks it aria-expanded and says all the tooltip would: the tooltip gives way
    new MutationObserver(() => {
      if (this._tip && this.rangeExpanded(this._tip)) this.hideTip();
    }).observe(this.renderRoot, { subtree: true, attributeFilter: ['aria-expanded'] });
  }

  /** Whether an overlay (the popover of a match) is open on this range. */
  private rangeExpanded(range: HighlightRange): boolean {
    return !!this.renderRoot.querySelector(`[data-range-id="${CSS.escape(range.id)}"][aria-expanded="true"]`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // ranges computed for an older text: move them along what was typed since (drop those it touched)
    const computedFor = this.rangesValue;
    const value = this.value ?? '';
    if (changed.has('ranges') && computedFor !== undefined && computedFor !== value) {
      this.ranges = shiftRanges(this.ranges ?? [], diff(computedFor, value, 0));
      this.rangesValue = value;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const ta = this.textarea;
    if (changed.has('value') && ta.value !== this.value) {
      ta.value = this.value ?? ''; // set by Java: not a local edit
      this.syncedValue = ta.value;
      this.reportedSelection = `${ta.selectionStart}:${ta.selectionEnd}`; // Java forgets the selection then

    }
  }

  private onBeforeInput(e: InputEvent): void {
    const ta = this.textarea;
    this.selectionEndBeforeEdit = ta.selectionEnd;
    if (this.readonly && !this.composing && e.inputType !== 'insertCompositionText') {
      e.preventDefault(); // typing, pasting, cutting, dropping, deleting: none changes a read-only text
      this.announce('Read only');
      return;
    }
    if (this.verbatim || e.isComposing || e.inputType === 'insertCompositionText') return;
    let { selectionStart: start, selectionEnd: end } = ta;
    const type = e.inputType;
    if (type === 'insertText' || type === 'insertFromPaste' || type === 'insertLineBreak') {
      const data = type === 'insertLineBreak' ? '\n' : (e.data ?? e.dataTransfer?.getData('text/plain') ?? '');
      const insert = escapeAsterisks(data);
      if (!keepsMarkers(this.value, { start, end, insert })) {
        e.preventDefault();
        this.refuse();
      } else if (insert !== data) {
        e.preventDefault();
        this.replaceSelection(insert);
      }
    } else if (type === 'deleteContentBackward' || type === 'deleteContentForward' || type === 'deleteByCut') {
      if (start === end && type === 'deleteContentBackward') start = Math.max(0, start - this.codeUnitsAt(start - 1));
      if (start === end && type === 'deleteContentForward') end = Math.min(this.value.length, end + this.codeUnitsAt(end));
      if (!keepsMarkers(this.value, { start, end, insert: '' })) {
        e.preventDefault();
        this.refuse();
      }
    }
    // other edits (word and line deletions, drag and drop) are checked after the fact in onInput
  }

  /** 2 when the code point ending (backwards) or starting (forwards) at index is a surrogate pair. */
  private codeUnitsAt(index: number): number {
    const code = this.value.charCodeAt(index);
    return code >= 0xd800 && code <= 0xdfff ? 2 : 1;
  }

  private onInput(e?: Event): void {
    const ta = this.textarea;
    const before = this.value ?? '';
    const edit = diff(before, ta.value, this.selectionEndBeforeEdit ?? before.length);
    this.selectionEndBeforeEdit = undefined;
    // undo and redo only bring back texts that passed this check (or came verbatim from the server)
    const type = e instanceof InputEvent ? e.inputType : '';
    const trusted = this.verbatim || type === 'historyUndo' || type === 'historyRedo';
    if (this.readonly) {
      // an edit no beforeinput could stop (an input method): put the text back once the composition is over
      if (!this.composing) this.putBack(before, edit.start);
      return;
    }
    if (!this.composing && !trusted && !keepsMarkers(before, edit)) {
      // an edit the beforeinput check could not foresee: put the text back (this loses the undo step)
      ta.value = before;
      ta.setSelectionRange(edit.start, edit.start);
      this.refuse();
      return;
    }
    this.ranges = shiftRanges(this.ranges ?? [], edit);
    this.rangesValue = ta.value;
    this.value = ta.value;
    this._tip = undefined;
    clearTimeout(this.syncTimer);
    this.syncTimer = window.setTimeout(() => this.syncNow(), 300);
  }

  private onCompositionStart(): void {
    this.composing = true;
    this.beforeComposition = { value: this.value, selectionEnd: this.textarea.selectionEnd };
  }

  /** Composition steps can't be cancelled one by one: the whole composition is checked at its end. */
  private onCompositionEnd(): void {
    this.composing = false;
    const ta = this.textarea;
    if (this.readonly) {
      this.putBack(this.value ?? '', this.beforeComposition?.selectionEnd ?? 0);
      this.beforeComposition = undefined;
      return;
    }
    const start = this.beforeComposition;
    this.beforeComposition = undefined;
    if (ta.value !== this.value) this.onInput(); // browsers that send the last input after compositionend
    if (start && !keepsMarkers(start.value, diff(start.value, ta.value, start.selectionEnd))) {
      ta.value = start.value;
      ta.setSelectionRange(start.selectionEnd, start.selectionEnd);
      this.value = start.value;
      this.refuse();
    }
  }

  /** Puts the textarea's text back to `text` (a read-only one was edited), the caret at `caret`. */
  private putBack(text: string, caret: number): void {
    const ta = this.textarea;
    if (ta.value !== text) {
      ta.value = text;
      ta.setSelectionRange(caret, caret);
      this.announce('Read only');
    }
  }

  private replaceSelection(text: string): void {
    const ta = this.textarea;
    this.selectionEndBeforeEdit = ta.selectionEnd;
    // execCommand keeps the edit on the textarea's undo stack; setRangeText is the fallback
    const done = text === '' ? document.execCommand('delete') : document.execCommand('insertText', false, text);
    if (!done) {
      ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, 'end');
      this.onInput();
    }
  }

  private refuse(): void {
    this.announce('Formatting markers are protected');
    this._blocked = true;
    setTimeout(() => (this._blocked = false), 400);
  }

  private announce(text: string): void {
    // the same text twice in a row would not be announced again
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.requestUpdate();
  }

  private syncNow(): void {
    clearTimeout(this.syncTimer);
    this.syncTimer = undefined;
    if (this.value === this.syncedValue) return;
    this.syncedValue = this.value;
    this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: this.value } }));
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.isComposing) return;
    if (e.altKey || e.ctrlKey || e.metaKey || /^F([1-9]|1[0-2])$/.test(e.key)) {
      // a shortcut of the page (Alt+T proposes the selection as a term, Alt+Down saves and moves, F8 goes to the
      // next issue...) acts on the text as shown and on the selection in it: both reach the server before the key
      this.syncNow();
      this.reportSelection();
    }
    const command = commandFor(e);
    if (command === 'revert') {
      this.onEscape(e);
      return;
    }
    if (command) {
      e.preventDefault();
      this.syncNow();
      this.dispatchCommand(command);
      return;
    }
    if (opensRangeAtCaret(e)) {
      e.preventDefault();
      const range = this.rangeAtCaret();
      if (range) this.fireRangeClick(range, false);
      else this.announce('Nothing is highlighted at the caret');
      return;
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      const range = this.rangeAtCaret();
      if (range) {
        e.preventDefault();
        this.fireRangeClick(range, false);
      }
    }
  }

  /**
   * Esc closes what a click opened on a range. Else, with a `savedValue`: if the text differs from it, puts it back
   * as an edit (Ctrl+Z brings the typed text back) and tells Java (`revert`), otherwise does nothing. Without a
   * `savedValue` Java is told (`revert`) and decides.
   */
  private onEscape(e: KeyboardEvent): void {
    if (this.closeRangeOverlay()) {
      e.preventDefault();
      return;
    }
    if (this.savedValue === undefined) {
      e.preventDefault();
      this.syncNow();
      this.dispatchCommand('revert');
      return;
    }
    if (!this.hasUnsavedText()) return;
    e.preventDefault();
    this.replaceValue(this.savedValue);
    this.announce('Saved text put back; Ctrl+Z brings yours back');
    this.dispatchCommand('revert');
  }

  /** Closes an overlay (the popover of a match) anchored at a range, if one is open. */
  private closeRangeOverlay(): boolean {
    const anchor = this.renderRoot.querySelector('[data-range-id][aria-expanded="true"][aria-controls]');
    const overlay = anchor ? document.getElementById(anchor.getAttribute('aria-controls') ?? '') : null;
    if (!overlay || !(overlay as unknown as { opened?: boolean }).opened) return false;
    (overlay as unknown as { opened: boolean }).opened = false;
    return true;
  }

  private dispatchCommand(command: SegmentCommand): void {
    this.dispatchEvent(new CustomEvent('segment-command', { detail: { command }, bubbles: true, composed: true }));
  }

  private onBlur(): void {
    this.syncNow();
    if (this.tipSource === 'caret') this.hideTip();
  }

  /** A click puts the caret where it lands (the browser does that); on a range it also tells Java, to offer help. */
  private onClick(e: MouseEvent): void {
    const { selectionStart, selectionEnd } = this.textarea;
    // a drag or double click that selected text is a selection, not a request for help
    const range = selectionStart === selectionEnd ? this.rangeAtPoint(e.clientX, e.clientY) : undefined;
    if (range) this.fireRangeClick(range, true);
    this.showCaretTip();
  }

  private onMouseMove(e: MouseEvent): void {
    const range = this.rangeAtPoint(e.clientX, e.clientY);
    this.textarea.style.cursor = range ? 'pointer' : '';
    if (range) this.showTip(range, 'pointer');
    else if (this.tipSource === 'pointer') this.hideTip();
  }

  private onMouseLeave(): void {
    if (this.tipSource === 'pointer') this.hideTip();
  }

  private showCaretTip(): void {
    const range = this.rangeAtCaret();
    if (range) {
      if (range !== this._tip) this.announce(`${kindLabel(range.kind)}: ${range.message}`);
      this.showTip(range, 'caret');
    } else if (this.tipSource === 'caret') {
      this.hideTip();
    }
  }

  private showTip(range: HighlightRange, source: 'pointer' | 'caret'): void {
    if (this.rangeExpanded(range)) return;
    this.tipSource = source;
    this._tip = range;
    this.updateComplete.then(() => this.placeTip(range));
  }

  private hideTip(): void {
    this._tip = undefined;
    this.tipSource = undefined;
  }

  /** Puts the tooltip under the first line of the range, kept inside the editor. */
  private placeTip(range: HighlightRange): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    const span = this.renderRoot.querySelector<HTMLElement>(`[data-range-id="${CSS.escape(range.id)}"]`);
    const box = this.renderRoot.querySelector('.editor')!.getBoundingClientRect();
    const rect = span?.getClientRects()[0];
    if (!tip || !rect) return;
    const left = Math.max(0, Math.min(rect.left - box.left, box.width - tip.offsetWidth));
    tip.style.left = `${left}px`;
    tip.style.top = `${rect.bottom - box.top + 4}px`;
  }

  /** The range painted under a point of the screen (the innermost one where ranges overlap). */
  private rangeAtPoint(x: number, y: number): HighlightRange | undefined {
    let id: string | undefined;
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-range-id]')) {
      for (const r of el.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) id = el.dataset.rangeId;
      }
    }
    return this.visibleRanges().find((r) => r.id === id);
  }

  /** The shortest range holding the caret (its ends included); none while text is selected. */
  private rangeAtCaret(): HighlightRange | undefined {
    const { selectionStart: start, selectionEnd: end } = this.textarea;
    if (start !== end) return undefined;
    return this.visibleRanges()
      .filter((r) => r.start <= start && start <= r.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  }

  /** `pointer`: a click, after which typing goes on at the caret; else a key asking to open the range. */
  private fireRangeClick(range: HighlightRange, pointer: boolean): void {
    this.syncNow(); // the server acts on the text as shown, never on an older one
    const { id, kind, start, end } = range;
    const detail = { id, kind, start, end, pointer };
    this.dispatchEvent(new CustomEvent('range-click', { detail, bubbles: true, composed: true }));
  }
}

customElements.define('segment-editor', SegmentEditor);

declare global {
  interface HTMLElementTagNameMap {
    'segment-editor': SegmentEditor;
  }
}
