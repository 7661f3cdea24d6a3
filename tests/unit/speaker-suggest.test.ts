import { describe, expect, it } from 'vitest';
import { SPEAKER_TABLE } from '../../shared/speakers';
import { suggestSpeakers } from '../../shared/speakers/suggest';

const table = SPEAKER_TABLE;

describe('speaker suggestions', () => {
  it.each(['Mexique', '墨西哥', 'Мексика', 'المكسيك', 'México', 'mexico', 'MEX', 'Mexiko'])('finds Mexico from "%s"', (typed) => {
    expect(suggestSpeakers(typed, { table, lang: 'en' })[0]).toMatchObject({ label: 'Mexico', entityId: 'MEX', source: 'table' });
  });

  it('matches by prefix or inside a name, folded (accents, case, Arabic article)', () => {
    expect(suggestSpeakers('mexi', { table, lang: 'en' })[0]?.entityId).toBe('MEX');
    expect(suggestSpeakers('مكسيك', { table, lang: 'en' })[0]?.entityId).toBe('MEX');
    expect(suggestSpeakers('西哥', { table, lang: 'en' }).map((s) => s.entityId)).toContain('MEX');
    expect(suggestSpeakers('etats-unis', { table, lang: 'en' })[0]?.entityId).toBe('USA');
  });

  it('shows the name in the UI language, and says which name matched', () => {
    expect(suggestSpeakers('Мексика', { table, lang: 'fr' })[0]).toMatchObject({ label: 'Mexique', matched: 'Мексика' });
    expect(suggestSpeakers('Mexico', { table, lang: 'ar' })[0]).toMatchObject({ label: 'المكسيك', matched: 'Mexico' });
    expect(suggestSpeakers('Mexico', { table, lang: 'en' })[0]).toMatchObject({ label: 'Mexico', matched: null });
  });

  it("puts the dialogue's expected participants first", () => {
    const participants = [
      { name: 'Mexican Network against Trafficking', aliases: ['RMT'], entityId: null },
      { name: 'Chair', entityId: 'CHAIR' },
    ];
    const got = suggestSpeakers('mex', { participants, table, lang: 'en' });
    expect(got[0]).toMatchObject({ label: 'Mexican Network against Trafficking', source: 'participant', entityId: null });
    expect(got[1]).toMatchObject({ entityId: 'MEX', source: 'table' });
    // A participant's alias finds it too; a participant of the table is not listed twice.
    expect(suggestSpeakers('rmt', { participants, table })[0]?.label).toBe('Mexican Network against Trafficking');
    expect(suggestSpeakers('chair', { participants, table }).filter((s) => s.entityId === 'CHAIR')).toHaveLength(1);
  });

  it('a participant of the table is found by any of its names, shown in the UI language', () => {
    const participants = [{ name: 'Mexico', entityId: 'MEX' }];
    expect(suggestSpeakers('墨西', { participants, table, lang: 'fr' })[0]).toMatchObject({ label: 'Mexique', source: 'participant' });
  });

  it('offers the participants alone before anything is typed, and works before the table is loaded', () => {
    const participants = [{ name: 'UNODC', entityId: 'UNODC' }, { name: 'Small NGO' }];
    expect(suggestSpeakers('', { participants, table }).map((s) => s.label)).toHaveLength(2);
    expect(suggestSpeakers('small', { participants }).map((s) => s.label)).toEqual(['Small NGO']);
    expect(suggestSpeakers('mexique', {})).toEqual([]);
  });

  it('ranks a whole-name match before a prefix before a match inside, and keeps to the limit', () => {
    const niger = suggestSpeakers('niger', { table, lang: 'en' });
    expect(niger.map((s) => s.entityId)).toEqual(['NER', 'NGA']);
    // "Guinea" whole, then names starting with it ("Guinea-Bissau", Spanish "Guinea Ecuatorial"),
    // then a later word ("Papua New Guinea").
    const guinea = suggestSpeakers('guinea', { table, lang: 'en' }).map((s) => s.entityId);
    expect(guinea[0]).toBe('GIN');
    expect(new Set(guinea.slice(1, 3))).toEqual(new Set(['GNB', 'GNQ']));
    expect(guinea.indexOf('PNG')).toBeGreaterThan(2);
    expect(suggestSpeakers('a', { table, limit: 3 })).toHaveLength(3);
  });
});
