// United Nations offices, funds, programmes, agencies and mandate holders seen at UNTOC dialogues.
// UNODC is the Secretariat of the Conference of the Parties, so "Secretariat" at these dialogues means UNODC.
import { entity } from './define';
import type { SpeakerEntity } from '../types';

export const UN_ENTITIES: readonly SpeakerEntity[] = Object.freeze([
  entity('UNODC', 'un-entity', 'United Nations Office on Drugs and Crime', [
    'UNODC', 'UN Office on Drugs and Crime', 'Secretariat', 'UNODC Secretariat', 'Secretariat (UNODC)', 'Conference Secretariat',
    'Secretariat of the Conference', 'ONUDC', 'UNODC Vienna', 'Sekretariat', 'Secretaría', 'Secrétariat',
  ], {
    en: 'United Nations Office on Drugs and Crime',
    fr: 'Office des Nations Unies contre la drogue et le crime',
    es: 'Oficina de las Naciones Unidas contra la Droga y el Delito',
    ru: 'Управление Организации Объединенных Наций по наркотикам и преступности',
    zh: '联合国毒品和犯罪问题办公室',
    ar: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة',
  }),
  entity('OHCHR', 'un-entity', 'Office of the United Nations High Commissioner for Human Rights', [
    'OHCHR', 'UN Human Rights', 'HCDH', 'ACNUDH', 'Office of the High Commissioner for Human Rights',
  ]),
  entity('UNHCR', 'un-entity', 'Office of the United Nations High Commissioner for Refugees', [
    'UNHCR', 'HCR', 'ACNUR', 'UN Refugee Agency', 'United Nations High Commissioner for Refugees',
  ]),
  entity('UNICEF', 'un-entity', "United Nations Children's Fund", ['UNICEF', "UN Children's Fund"]),
  entity('UN-WOMEN', 'un-entity', 'United Nations Entity for Gender Equality and the Empowerment of Women', [
    'UN Women', 'UN-Women', 'ONU Femmes', 'ONU Mujeres',
  ]),
  entity('UNODA', 'un-entity', 'United Nations Office for Disarmament Affairs', ['UNODA', 'ODA', 'Office for Disarmament Affairs']),
  entity('UNDP', 'un-entity', 'United Nations Development Programme', ['UNDP', 'PNUD']),
  entity('UNOCT', 'un-entity', 'United Nations Office of Counter-Terrorism', ['UNOCT', 'Office of Counter-Terrorism']),
  entity('CTED', 'un-entity', 'Counter-Terrorism Committee Executive Directorate', ['CTED', 'UN CTED']),
  entity('UNICRI', 'un-entity', 'United Nations Interregional Crime and Justice Research Institute', ['UNICRI']),
  entity('UNIDIR', 'un-entity', 'United Nations Institute for Disarmament Research', ['UNIDIR']),
  entity('UNLIREC', 'un-entity', 'United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean', ['UNLIREC']),
  entity('UNREC', 'un-entity', 'United Nations Regional Centre for Peace and Disarmament in Africa', ['UNREC']),
  entity('UNRCPD', 'un-entity', 'United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific', ['UNRCPD']),
  entity('ILO', 'un-entity', 'International Labour Organization', ['ILO', 'OIT', 'BIT', 'International Labour Office']),
  entity('UNEP', 'un-entity', 'United Nations Environment Programme', ['UNEP', 'PNUE', 'PNUMA', 'UN Environment']),
  entity('UNESCO', 'un-entity', 'United Nations Educational, Scientific and Cultural Organization', ['UNESCO']),
  entity('UNFPA', 'un-entity', 'United Nations Population Fund', ['UNFPA']),
  entity('IMO', 'un-entity', 'International Maritime Organization', ['IMO', 'OMI']),
  entity('ICAO', 'un-entity', 'International Civil Aviation Organization', ['ICAO', 'OACI']),
  entity('UNOV', 'un-entity', 'United Nations Office at Vienna', ['UNOV']),
  entity('UNITAR', 'un-entity', 'United Nations Institute for Training and Research', ['UNITAR']),
  entity('WORLD-BANK', 'un-entity', 'World Bank', ['World Bank Group', 'Banque mondiale', 'Banco Mundial']),
  entity('SR-TIP', 'un-entity', 'Special Rapporteur on trafficking in persons, especially women and children', [
    'Special Rapporteur on trafficking in persons', 'Special Rapporteur on Trafficking', 'SR on trafficking',
  ]),
  entity('SR-MIGRANTS', 'un-entity', 'Special Rapporteur on the human rights of migrants', ['Special Rapporteur on migrants']),
  entity('ICAT', 'un-entity', 'Inter-Agency Coordination Group against Trafficking in Persons', ['ICAT']),
  entity('HEUNI', 'un-entity', 'European Institute for Crime Prevention and Control, affiliated with the United Nations', ['HEUNI']),
  entity('UNAFEI', 'un-entity', 'United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders', ['UNAFEI']),
]);
