// Intergovernmental organizations and groups of States that take the floor or are spoken for ("on behalf of").
// "AU" is listed here and on Australia, so it stays ambiguous. Deliberately missing aliases, because they collide
// with ISO codes or other bodies:
// "UA" (Ukraine), "NAM" (Namibia), "ICC" (Court or Chamber of Commerce).
import { entity } from './define';
import type { SpeakerEntity } from '../types';

export const IGOS: readonly SpeakerEntity[] = Object.freeze([
  entity('EU', 'igo', 'European Union', [
    'EU', 'E.U.', 'UE', 'Delegation of the European Union', 'EU Delegation', 'Europäische Union', 'European Union (EU)',
  ], { en: 'European Union', fr: 'Union européenne', es: 'Unión Europea', ru: 'Европейский союз', zh: '欧洲联盟', ar: 'الاتحاد الأوروبي' }),
  entity('AFRICAN-UNION', 'igo', 'African Union', ['AU', 'African Union Commission', 'AUC'], {
    en: 'African Union', fr: 'Union africaine', es: 'Unión Africana', ru: 'Африканский союз', zh: '非洲联盟', ar: 'الاتحاد الأفريقي',
  }),
  entity('OSCE', 'igo', 'Organization for Security and Co-operation in Europe', ['OSCE', 'OSZE', 'ОБСЕ'], {
    en: 'Organization for Security and Co-operation in Europe',
    fr: 'Organisation pour la sécurité et la coopération en Europe',
    es: 'Organización para la Seguridad y la Cooperación en Europa',
  }),
  entity('COE', 'igo', 'Council of Europe', ['CoE', 'Europarat', 'Совет Европы'], {
    en: 'Council of Europe', fr: "Conseil de l'Europe", es: 'Consejo de Europa',
  }),
  entity('INTERPOL', 'igo', 'International Criminal Police Organization', ['INTERPOL', 'ICPO-INTERPOL', 'ICPO', 'OIPC'], {
    en: 'International Criminal Police Organization', fr: 'Organisation internationale de police criminelle', es: 'Organización Internacional de Policía Criminal',
  }),
  entity('IOM', 'igo', 'International Organization for Migration', ['IOM', 'OIM', 'UN Migration', 'МОМ'], {
    en: 'International Organization for Migration', fr: 'Organisation internationale pour les migrations', es: 'Organización Internacional para las Migraciones',
  }),
  entity('WASSENAAR', 'igo', 'Wassenaar Arrangement', ['Wassenaar', 'Wassenaar Arrangement Secretariat']),
  entity('OAS', 'igo', 'Organization of American States', ['OAS', 'OEA', 'CICAD', 'OAS/CICAD'], {
    en: 'Organization of American States', fr: 'Organisation des États américains', es: 'Organización de los Estados Americanos',
  }),
  entity('ASEAN', 'igo', 'Association of Southeast Asian Nations', ['ASEAN', 'ANASE', 'ASEAN Secretariat']),
  entity('LAS', 'igo', 'League of Arab States', ['Arab League', 'LAS', 'Ligue des États arabes', 'Liga de los Estados Árabes', 'جامعة الدول العربية']),
  entity('G77', 'igo', 'Group of 77 and China', ['G77', 'G-77', 'G77 and China', 'G-77 and China', 'Group of 77', 'Groupe des 77 et la Chine', 'Grupo de los 77 y China']),
  entity('NON-ALIGNED', 'igo', 'Non-Aligned Movement', ['Movement of Non-Aligned Countries', 'Mouvement des pays non alignés', 'Movimiento de Países No Alineados']),
  entity('AFRICAN-GROUP', 'igo', 'Group of African States', ['African Group', 'Groupe des États d’Afrique', 'Grupo de Estados de África']),
  entity('GRULAC', 'igo', 'Group of Latin American and Caribbean States', ['GRULAC', 'Latin American and Caribbean Group']),
  entity('WEOG', 'igo', 'Group of Western European and other States', ['WEOG', 'Western European and Others Group']),
  entity('ASIA-PACIFIC-GROUP', 'igo', 'Group of Asia-Pacific States', ['Asia-Pacific Group', 'Asia Pacific Group']),
  entity('EEG', 'igo', 'Group of Eastern European States', ['Eastern European Group', 'EEG']),
  entity('OIC', 'igo', 'Organisation of Islamic Cooperation', ['OIC', 'Organization of Islamic Cooperation', 'OCI']),
  entity('CARICOM', 'igo', 'Caribbean Community', ['CARICOM', 'CARICOM Secretariat']),
  entity('ECOWAS', 'igo', 'Economic Community of West African States', ['ECOWAS', 'CEDEAO', 'ECOWAS Commission']),
  entity('SICA', 'igo', 'Central American Integration System', ['SICA', 'Sistema de la Integración Centroamericana']),
  entity('EUROPOL', 'igo', 'European Union Agency for Law Enforcement Cooperation', ['Europol']),
  entity('EUROJUST', 'igo', 'European Union Agency for Criminal Justice Cooperation', ['Eurojust']),
  entity('FRONTEX', 'igo', 'European Border and Coast Guard Agency', ['Frontex']),
  entity('ICMPD', 'igo', 'International Centre for Migration Policy Development', ['ICMPD']),
  entity('OIF', 'igo', 'Organisation internationale de la Francophonie', ['OIF', 'Francophonie', 'International Organisation of La Francophonie']),
  entity('COMSEC', 'igo', 'Commonwealth Secretariat', ['Commonwealth']),
  entity('WCO', 'igo', 'World Customs Organization', ['WCO', 'OMD', 'Organisation mondiale des douanes']),
  entity('FATF', 'igo', 'Financial Action Task Force', ['FATF', 'GAFI']),
  entity('IDLO', 'igo', 'International Development Law Organization', ['IDLO']),
  entity('IACA', 'igo', 'International Anti-Corruption Academy', ['IACA']),
  entity('ICRC', 'igo', 'International Committee of the Red Cross', ['ICRC', 'CICR', 'Red Cross']),
  entity('IFRC', 'igo', 'International Federation of Red Cross and Red Crescent Societies', ['IFRC']),
  entity('ORDER-OF-MALTA', 'igo', 'Sovereign Order of Malta', ['Order of Malta', 'Sovereign Military Order of Malta', 'Ordre de Malte']),
  entity('ICC-COURT', 'igo', 'International Criminal Court', ['Cour pénale internationale', 'Corte Penal Internacional']),
  entity('AFRIPOL', 'igo', 'African Union Mechanism for Police Cooperation', ['AFRIPOL']),
  entity('ASEANAPOL', 'igo', 'ASEAN Chiefs of Police', ['ASEANAPOL']),
  entity('SEESAC', 'igo', 'South Eastern and Eastern Europe Clearinghouse for the Control of Small Arms and Light Weapons', ['SEESAC']),
  entity('RECSA', 'igo', 'Regional Centre on Small Arms', ['RECSA']),
]);
