import { describe, expect, it } from 'vitest';
import { buildDefaultSpeakerIndex, canonicaliseSpeaker, fold, STATES } from '../../shared/speakers';

// What observers type, by hand: other languages, short forms, acronyms, slips of the keyboard.
const HAND: [typed: string, id: string][] = [
  ['Afganistán', 'AFG'], ['Afghanistan ', 'AFG'], ['Albanie', 'ALB'], ['Algérie', 'DZA'], ['Argelia', 'DZA'], ['Angola', 'AGO'],
  ['Argentine', 'ARG'], ['Argentinia', 'ARG'], ['Arménie', 'ARM'], ['Australie', 'AUS'], ['AUS', 'AUS'], ['Autriche', 'AUT'],
  ['Österreich', 'AUT'], ['Azerbaidjan', 'AZE'], ['Azerbaijan Republic', 'AZE'], ['Bahreïn', 'BHR'], ['Bangladesh', 'BGD'],
  ['Bélarus', 'BLR'], ['Belarus', 'BLR'], ['Belgique', 'BEL'], ['Bélgica', 'BEL'], ['Belgien', 'BEL'], ['Bénin', 'BEN'],
  ['Bolivie', 'BOL'], ['Bolivia', 'BOL'], ['Bosnia', 'BIH'], ['Bosnie-Herzégovine', 'BIH'], ['Brasil', 'BRA'], ['Brésil', 'BRA'],
  ['Brasilien', 'BRA'], ['Brunei', 'BRN'], ['Bulgarie', 'BGR'], ['Burkina', 'BFA'], ['Cape Verde', 'CPV'], ['Cabo Verde', 'CPV'],
  ['Cambodge', 'KHM'], ['Cameroun', 'CMR'], ['Camerún', 'CMR'], ['Canadá', 'CAN'], ['CAR', 'CAF'], ['Tchad', 'TCD'], ['Chili', 'CHL'],
  ['Chine', 'CHN'], ['PRC', 'CHN'], ["People's Republic of China", 'CHN'], ['中国', 'CHN'], ['Китай', 'CHN'], ['الصين', 'CHN'],
  ['Colombie', 'COL'], ['colombia', 'COL'], ['Cloombia', 'COL'], ['Comores', 'COM'], ['Costa Rica', 'CRI'], ['Croatie', 'HRV'],
  ['Cuba', 'CUB'], ['Chypre', 'CYP'], ['Czech Republic', 'CZE'], ['Tchéquie', 'CZE'], ['Chequia', 'CZE'], ['Czechia ', 'CZE'],
  ['North Korea', 'PRK'], ['DPRK', 'PRK'], ['Corée du Nord', 'PRK'], ['RDC', 'COD'], ['DR Congo', 'COD'], ['Congo-Kinshasa', 'COD'],
  ['Danemark', 'DNK'], ['Dinamarca', 'DNK'], ['Dänemark', 'DNK'], ['Djibouti', 'DJI'], ['République dominicaine', 'DOM'],
  ['Équateur', 'ECU'], ['Egypte', 'EGY'], ['Egipto', 'EGY'], ['Ägypten', 'EGY'], ['مصر', 'EGY'], ['Salvador', 'SLV'],
  ['Guinée équatoriale', 'GNQ'], ['Érythrée', 'ERI'], ['Estonie', 'EST'], ['Swaziland', 'SWZ'], ['Éthiopie', 'ETH'], ['Fidji', 'FJI'],
  ['Finlande', 'FIN'], ['Finnland', 'FIN'], ['france', 'FRA'], ['FRANCE', 'FRA'], ['Francia', 'FRA'], ['Frankreich', 'FRA'],
  ['Франция', 'FRA'], ['法国', 'FRA'], ['فرنسا', 'FRA'], ['Gambie', 'GMB'], ['The Gambia', 'GMB'], ['Géorgie', 'GEO'],
  ['Allemagne', 'DEU'], ['Alemania', 'DEU'], ['Germany ', 'DEU'], ['Germnay', 'DEU'], ['DEU', 'DEU'], ['Ghana', 'GHA'], ['Grèce', 'GRC'],
  ['Grecia', 'GRC'], ['Griechenland', 'GRC'], ['Guinée', 'GIN'], ['Guinée-Bissau', 'GNB'], ['Haïti', 'HTI'], ['Hongrie', 'HUN'],
  ['Ungarn', 'HUN'], ['Islande', 'ISL'], ['Inde', 'IND'], ['Indien', 'IND'], ['Indonésie', 'IDN'], ['Iran', 'IRN'],
  ['Islamic Republic of Iran', 'IRN'], ['Irán', 'IRN'], ['Irak', 'IRQ'], ['Irlande', 'IRL'], ['Israël', 'ISR'], ['Italie', 'ITA'],
  ['Italia', 'ITA'], ['Italien', 'ITA'], ['ITA', 'ITA'], ['Jamaïque', 'JAM'], ['Japon', 'JPN'], ['Japón', 'JPN'], ['JPN', 'JPN'],
  ['Jordanie', 'JOR'], ['Kazajstán', 'KAZ'], ['Kenya ', 'KEN'], ['Kenia', 'KEN'], ['Koweït', 'KWT'], ['Kirghizistan', 'KGZ'],
  ['Laos', 'LAO'], ['Lao PDR', 'LAO'], ['Lettonie', 'LVA'], ['Liban', 'LBN'], ['Líbano', 'LBN'], ['Libye', 'LBY'], ['Lituanie', 'LTU'],
  ['Luxemburgo', 'LUX'], ['Madagascar', 'MDG'], ['Malaisie', 'MYS'], ['Malasia', 'MYS'], ['Maldives', 'MDV'], ['Malte', 'MLT'],
  ['Mauritanie', 'MRT'], ['Maurice', 'MUS'], ['Mexique', 'MEX'], ['México', 'MEX'], ['Mexiko', 'MEX'], ['Mexqiue', 'MEX'],
  ['Micronesia', 'FSM'], ['Moldova', 'MDA'], ['Moldavie', 'MDA'], ['Mongolie', 'MNG'], ['Monténégro', 'MNE'], ['Maroc', 'MAR'],
  ['Marruecos', 'MAR'], ['Marokko', 'MAR'], ['MAR', 'MAR'], ['morocco', 'MAR'], ['Burma', 'MMR'], ['Namibie', 'NAM'], ['Népal', 'NPL'],
  ['Netherlands', 'NLD'], ['The Netherlands', 'NLD'], ['Holland', 'NLD'], ['Pays-Bas', 'NLD'], ['Países Bajos', 'NLD'],
  ['Niederlande', 'NLD'], ['Nouvelle-Zélande', 'NZL'], ['Nueva Zelandia', 'NZL'], ['Nicaragua', 'NIC'], ['Níger', 'NER'],
  ['Nigéria', 'NGA'], ['Macedonia', 'MKD'], ['Macédoine du Nord', 'MKD'], ['Norvège', 'NOR'], ['Noruega', 'NOR'], ['Norwegen', 'NOR'],
  ['Pakistán', 'PAK'], ['Panamá', 'PAN'], ['Paraguay', 'PRY'], ['Pérou', 'PER'], ['Perú', 'PER'], ['Filipinas', 'PHL'],
  ['the Philippines', 'PHL'], ['PHL', 'PHL'], ['Pologne', 'POL'], ['Polen', 'POL'], ['Qatar', 'QAT'], ['Katar', 'QAT'],
  ['South Korea', 'KOR'], ['Korea', 'KOR'], ['ROK', 'KOR'], ['Corée du Sud', 'KOR'], ['République de Corée', 'KOR'],
  ['Republico f Korea', 'KOR'], ['Roumanie', 'ROU'], ['Russia', 'RUS'], ['Russie', 'RUS'], ['Rusia', 'RUS'], ['Россия', 'RUS'],
  ['RUS', 'RUS'], ['Fédération de Russie', 'RUS'], ['Russian Fdeeration', 'RUS'], ['Rusisan Federation', 'RUS'], ['Rwanda', 'RWA'],
  ['Arabie saoudite', 'SAU'], ['KSA', 'SAU'], ['Sénégal', 'SEN'], ['Serbie', 'SRB'], ['Singapour', 'SGP'], ['Slovaquie', 'SVK'],
  ['Slovénie', 'SVN'], ['Somalie', 'SOM'], ['Afrique du Sud', 'ZAF'], ['Sudáfrica', 'ZAF'], ['south africa', 'ZAF'], ['RSA', 'ZAF'],
  ['Soudan du Sud', 'SSD'], ['Espagne', 'ESP'], ['España', 'ESP'], ['Spanien', 'ESP'], ['Soudan', 'SDN'], ['Suède', 'SWE'],
  ['Suecia', 'SWE'], ['Schweden', 'SWE'], ['Suisse', 'CHE'], ['Suiza', 'CHE'], ['Schweiz', 'CHE'], ['Syria', 'SYR'], ['Syrie', 'SYR'],
  ['Tadjikistan', 'TJK'], ['Thaïlande', 'THA'], ['Tailandia', 'THA'], ['Thalïande', 'THA'], ['East Timor', 'TLS'], ['Trinidad', 'TTO'],
  ['Tunisie', 'TUN'], ['Turkey', 'TUR'], ['Turquía', 'TUR'], ['Türkei', 'TUR'], ['Ouganda', 'UGA'], ['Ukraine ', 'UKR'],
  ['Ucrania', 'UKR'], ['UAE', 'ARE'], ['Émirats arabes unis', 'ARE'], ['UK', 'GBR'], ['U.K.', 'GBR'], ['Great Britain', 'GBR'],
  ['United Kingdom', 'GBR'], ['Royaume-Uni', 'GBR'], ['Reino Unido', 'GBR'], ['Tanzania', 'TZA'], ['Tanzanie', 'TZA'],
  ['US', 'USA'], ['U.S.', 'USA'], ['U.S.A.', 'USA'], ['United States', 'USA'], ['Untied States', 'USA'], ['EEUU', 'USA'],
  ['Estados Unidos de América', 'USA'], ['USA ', 'USA'], ['Uruguay', 'URY'], ['Ouzbékistan', 'UZB'], ['Venezuela', 'VEN'],
  ['Vietnam', 'VNM'], ['Viêt Nam', 'VNM'], ['Yémen', 'YEM'], ['Zambie', 'ZMB'], ['Zimbabwe', 'ZWE'], ['Saint-Siège', 'VAT'],
  ['Holy See', 'VAT'], ['Vatican', 'VAT'], ['Palestine', 'PSE'], ['État de Palestine', 'PSE'],
  ['EU', 'EU'], ['European Union', 'EU'], ['Union européenne', 'EU'], ['Unión Europea', 'EU'], ['OSCE', 'OSCE'], ['INTERPOL', 'INTERPOL'],
  ['Interpol', 'INTERPOL'], ['IOM', 'IOM'], ['OIM', 'IOM'], ['Council of Europe', 'COE'], ['Wassenaar Arrangement', 'WASSENAAR'],
  ['OAS', 'OAS'], ['ASEAN', 'ASEAN'], ['Arab League', 'LAS'], ['G77', 'G77'], ['G-77 and China', 'G77'], ['Group of 77', 'G77'],
  ['African Union', 'AFRICAN-UNION'], ['Union africaine', 'AFRICAN-UNION'], ['UNODC', 'UNODC'], ['Secretariat', 'UNODC'],
  ['the Secretariat', 'UNODC'], ['ONUDC', 'UNODC'], ['UNDOC', 'UNODC'], ['United Nations Office on Drugs and Crime', 'UNODC'],
  ['OHCHR', 'OHCHR'], ['UNHCR', 'UNHCR'], ['UNICEF', 'UNICEF'], ['UN Women', 'UN-WOMEN'], ['UN-Women', 'UN-WOMEN'], ['UNODA', 'UNODA'],
  ['UNDP', 'UNDP'], ['UNOCT', 'UNOCT'], ['UNICRI', 'UNICRI'], ['ILO', 'ILO'], ['Chair', 'CHAIR'], ['Chairperson', 'CHAIR'],
  ['Co-Chair', 'CHAIR'], ['Co-chairs', 'CHAIR'], ['Président', 'CHAIR'], ['Presidente', 'CHAIR'], ['Moderator', 'CHAIR'],
  ['Facilitator', 'CHAIR'], ['ACUNS', 'ACUNS'], ['Academic Council on the UN System', 'ACUNS'], ['the Alliance', 'ALLIANCE-NGOS-CPCJ'],
  ['Alliance of NGOs', 'ALLIANCE-NGOS-CPCJ'], ['GI-TOC', 'GI-TOC'], ['GITOC', 'GI-TOC'], ['Global Initiative', 'GI-TOC'],
  ['global initiative against transnational organized crime', 'GI-TOC'], ['La Strada', 'LA-STRADA'], ['LSI', 'LA-STRADA'],
  ['TI', 'TI'], ['Transparency International', 'TI'], ['Small Arms Survey', 'SMALL-ARMS-SURVEY'], ['SAS', 'SMALL-ARMS-SURVEY'],
  ['IANSA', 'IANSA'], ['Control Arms', 'CONTROL-ARMS'], ['Walk Free', 'WALK-FREE'], ['Anti-Slavery International', 'ANTI-SLAVERY'],
  ['ECPAT', 'ECPAT'], ['Terre des Hommes', 'TDH'], ['Caritas', 'CARITAS'], ['HRW', 'HRW'], ['Human Rights Watch', 'HRW'],
  ['Amnesty', 'AMNESTY'], ['Quakers', 'FWCC'], ['QUNO', 'FWCC'], ['Vienna NGO Committee', 'VNGOC'],
  ['Representative of Mexico', 'MEX'], ['Delegation of Colombia', 'COL'], ['Ambassador of Italy', 'ITA'],
  ['H.E. Mr. Jan Novak (Czechia)', 'CZE'], ['Kenya - Ms. Otieno', 'KEN'], ['France (on behalf of the EU)', 'FRA'],
];

// Slips every observer makes, applied to every State's name: case, spacing, accents, role words, one transposition.
function generated(): [string, string][] {
  const out: [string, string][] = [];
  for (const s of STATES) {
    const name = s.display;
    out.push([name.toLowerCase(), s.id]);
    out.push([`  ${name.toUpperCase()}  `, s.id]);
    out.push([name.replace(/ /g, '  '), s.id]);
    out.push([`Representative of ${name}`, s.id]);
    out.push([s.names.fr.normalize('NFD').replace(/\p{M}/gu, ''), s.id]);
    out.push([s.names.es.toLowerCase(), s.id]);
    out.push([s.id, s.id]);
    // A transposition halfway through the name, where it is not already the same letter twice.
    if (fold(name).length >= 6) {
      const k = Math.floor(name.length / 2);
      if (name[k] !== name[k + 1] && name[k] !== ' ' && name[k + 1] !== ' ') {
        out.push([name.slice(0, k) + name[k + 1] + name[k] + name.slice(k + 2), s.id]);
      }
    }
  }
  return out;
}

describe('realistic variants', () => {
  const index = buildDefaultSpeakerIndex();
  const variants = [...HAND, ...generated()];

  it('map to the right entity at least 99% of the time, and never to a wrong one', () => {
    expect(variants.length).toBeGreaterThanOrEqual(500);
    const wrong: string[] = [];
    const unknown: string[] = [];
    for (const [typed, id] of variants) {
      const r = canonicaliseSpeaker(index, typed);
      if (r.entityId === null) unknown.push(typed);
      else if (r.entityId !== id) wrong.push(`${typed} → ${r.entityId}, not ${id}`);
    }
    expect(wrong).toEqual([]);
    expect(unknown.length / variants.length, unknown.join(' | ')).toBeLessThanOrEqual(0.01);
  });
});
