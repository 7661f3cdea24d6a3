import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { anchorQuote, describeQuote, type QuoteSelectors } from '../../shared/anchoring';

const letters = (from: string, to: string) =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) => String.fromCharCode(from.charCodeAt(0) + i));
const wordOf = (alphabet: string[]) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: 2, maxLength: 9 });
const textOf = (alphabet: string[], minWords = 30) =>
  fc.array(wordOf(alphabet), { minLength: minWords, maxLength: 120 }).map((words) => words.join(' '));
const text = textOf(letters('a', 'z'));

/** A text and a selection in it of at least `min` characters that is not only spaces. */
const selection = (min: number) =>
  text.chain((t) =>
    fc
      .tuple(fc.nat({ max: t.length - min }), fc.integer({ min, max: Math.min(200, t.length) }))
      .map(([start, length]) => ({ text: t, start, end: Math.min(t.length, start + length) })),
  );

function described(t: string, start: number, end: number): QuoteSelectors {
  const d = describeQuote(t, start, end);
  if (!d) throw new Error('nothing selected');
  return d;
}

describe('describeQuote', () => {
  it('keeps the selection, 32 characters of context each side, and its place', () => {
    const t = `${'a'.repeat(40)} The Chair gave the floor to Brazil. ${'b'.repeat(40)}`;
    const start = t.indexOf('The Chair');
    const d = described(t, start - 1, start + 'The Chair gave the floor'.length + 1);
    expect(d.quote.exact).toBe('The Chair gave the floor');
    expect(d.quote.prefix).toBe(`${'a'.repeat(31)} `);
    expect(d.quote.suffix).toBe(` to Brazil. ${'b'.repeat(20)}`);
    expect(d.position).toEqual({ start, end: start + d.quote.exact.length });
  });

  it('describes nothing for a selection of whitespace only', () => {
    expect(describeQuote('one \n\t two', 3, 7)).toBeNull();
    expect(describeQuote('abc', 2, 2)).toBeNull();
  });

  it('never cuts a character made of two UTF-16 units in the context', () => {
    const t = `😀${'x'.repeat(31)}quote${'y'.repeat(31)}😀`;
    const d = described(t, t.indexOf('quote'), t.indexOf('quote') + 5);
    expect(d.quote.prefix).toBe('x'.repeat(31));
    expect(d.quote.suffix).toBe('y'.repeat(31));
  });
});

describe('anchorQuote', () => {
  const page = 'Mexico supports the mechanism. Brazil supports the mechanism. Chile thanks the Chair.';

  it('takes the stored position when it still holds the quote', () => {
    const d = described(page, page.indexOf('Brazil'), page.indexOf('Brazil') + 6);
    expect(anchorQuote(page, d.quote, d.position)).toEqual({ ...d.position, method: 'position', score: 1 });
  });

  it('tells a repeated phrase apart by its context when the text moved', () => {
    const second = page.lastIndexOf('supports the mechanism');
    const d = described(page, second, second + 'supports the mechanism'.length);
    const moved = `Opening remarks were made. ${page}`;
    const found = anchorQuote(moved, d.quote, d.position);
    expect(found).toMatchObject({ start: second + 27, method: 'exact' });
  });

  it('finds a quote whose wording changed a little, fuzzily', () => {
    const t = 'Brazil said that the working group should publish its country reports in all six languages.';
    const d = described(t, t.indexOf('the working'), t.indexOf(' in all'));
    const edited = `A new line. ${t.replace('should publish', 'must publish')}`;
    const found = anchorQuote(edited, d.quote, d.position)!;
    expect(found.method).toBe('fuzzy');
    expect(edited.slice(found.start, found.end)).toBe('the working group must publish its country reports');
    expect(found.score).toBeGreaterThan(0.8);
  });

  it('gives null when the quote is gone', () => {
    const d = described(page, page.indexOf('Chile'), page.length);
    expect(anchorQuote('Mexico supports the mechanism. Brazil supports the mechanism.', d.quote, d.position)).toBeNull();
    expect(anchorQuote(page, { exact: '', prefix: '', suffix: '' }, null)).toBeNull();
  });

  it('on a long page, finds a changed quote near its old place, or anywhere when it moved far', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} on an unrelated matter of procedure.`).join(' ');
    const quote = 'The delegation strongly supports a review mechanism with country visits';
    const before = filler(200);
    const t = `${before} ${quote}. ${filler(200)}`;
    const d = described(t, before.length + 1, before.length + 1 + quote.length);
    const changed = quote.replace('strongly', 'firmly');

    const near = `Opening. ${before} ${changed}. ${filler(200)}`;
    const foundNear = anchorQuote(near, d.quote, d.position)!;
    expect(near.slice(foundNear.start, foundNear.end)).toBe(changed);

    const far = `${filler(400)} ${before} ${changed}. ${filler(10)}`;
    const foundFar = anchorQuote(far, d.quote, d.position)!;
    expect(foundFar.start).toBeGreaterThan(d.position!.start + 10_000);
    expect(far.slice(foundFar.start, foundFar.end)).toBe(changed);
  });

  it('finds short quotes only exactly', () => {
    expect(anchorQuote('the Chair', { exact: 'Chain', prefix: '', suffix: '' })).toBeNull();
    expect(anchorQuote('the Chair', { exact: 'Chair', prefix: '', suffix: '' })).toMatchObject({ start: 4, end: 9 });
  });

  test.prop([selection(1)])('a described selection anchors back to the same place', ({ text: t, start, end }) => {
    const d = describeQuote(t, start, end);
    fc.pre(d !== null);
    const found = anchorQuote(t, d!.quote, d!.position);
    expect(found).toMatchObject({ ...d!.position, method: 'position' });
    expect(t.slice(found!.start, found!.end)).toBe(d!.quote.exact);
  });

  test.prop([selection(20), text, fc.nat(), fc.constantFrom(...letters('a', 'z'))])(
    'a paragraph inserted before and a small edit after still anchor the quote at its new place',
    ({ text: t, start, end }, inserted, editAt, letter) => {
      const d = describeQuote(t, start, end);
      fc.pre(d !== null && d.quote.exact.length >= 20);
      const { position, quote } = d!;
      // The edit lands beyond the quote and its suffix, so the quote and its context are unchanged.
      const tail = position!.end + quote.suffix.length;
      const at = tail + (tail < t.length ? editAt % (t.length - tail) : 0);
      const edited = `${inserted}\n\n${t.slice(0, at)}${letter}${t.slice(at + 1)}`;
      const shift = inserted.length + 2;
      const found = anchorQuote(edited, quote, position);
      expect(found).not.toBeNull();
      expect(edited.slice(found!.start, found!.end)).toBe(quote.exact);
      expect(found!.start).toBe(position!.start + shift);
    },
  );

  test.prop([selection(24), fc.nat(), fc.constantFrom(...letters('0', '9'))])(
    'one character changed inside a quote still anchors it, around the same place',
    ({ text: t, start, end }, pick, digit) => {
      const d = describeQuote(t, start, end);
      fc.pre(d !== null && d.quote.exact.length >= 24);
      const { position, quote } = d!;
      const at = position!.start + (pick % quote.exact.length);
      const edited = `${t.slice(0, at)}${digit}${t.slice(at + 1)}`;
      const found = anchorQuote(edited, quote, position);
      expect(found).toMatchObject({ method: 'fuzzy' });
      // The match may take or leave a character at either edge, no more.
      expect(Math.abs(found!.start - position!.start)).toBeLessThanOrEqual(1);
      expect(Math.abs(found!.end - position!.end)).toBeLessThanOrEqual(1);
    },
  );

  test.prop([selection(8), textOf(letters('n', 'z'), 50)])('a quote is not anchored in unrelated text', ({ text: t, start, end }, other) => {
    const d = describeQuote(t, start, end);
    fc.pre(d !== null && d.quote.exact.length >= 8 && /[a-m]/.test(d.quote.exact));
    // Keep only the quote's letters from the first half of the alphabet, so it shares nothing but spaces.
    const exact = d!.quote.exact.replace(/[n-z]/g, 'a');
    expect(anchorQuote(other, { ...d!.quote, exact }, d!.position)).toBeNull();
  });
});
