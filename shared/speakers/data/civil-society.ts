// NGOs, academia and the private sector that take part in UNTOC Constructive Dialogues.
// Left out on purpose: acronyms that are ISO codes or other entities' names ("CAR" for Conflict Armament Research,
// "AI" for Amnesty International, "ICC" for the International Chamber of Commerce).
import { entity } from './define';
import type { SpeakerEntity } from '../types';

export const NGOS: readonly SpeakerEntity[] = Object.freeze([
  entity('ALLIANCE-NGOS-CPCJ', 'ngo', 'Alliance of NGOs on Crime Prevention and Criminal Justice', [
    'Alliance of NGOs', 'the Alliance', 'NGO Alliance', 'Alliance of NGOs on Crime Prevention', 'Alliance of NGOs on CPCJ',
  ]),
  entity('GI-TOC', 'ngo', 'Global Initiative Against Transnational Organized Crime', [
    'GI-TOC', 'GITOC', 'GI TOC', 'Global Initiative', 'Global Initiative against Transnational Organised Crime', 'GI',
  ]),
  entity('LA-STRADA', 'ngo', 'La Strada International', ['La Strada', 'LSI', 'La Strada International Association']),
  entity('TI', 'ngo', 'Transparency International', ['TI', 'Transparency Intl', 'Transparency']),
  entity('IANSA', 'ngo', 'International Action Network on Small Arms', ['IANSA']),
  entity('CONTROL-ARMS', 'ngo', 'Control Arms', ['Control Arms Coalition', 'Control Arms Secretariat']),
  entity('WALK-FREE', 'ngo', 'Walk Free', ['Walk Free Foundation']),
  entity('ANTI-SLAVERY', 'ngo', 'Anti-Slavery International', ['Anti-Slavery', 'ASI']),
  entity('ECPAT', 'ngo', 'ECPAT International', ['ECPAT']),
  entity('TDH', 'ngo', 'Terre des hommes', ['Terre des Hommes International Federation', 'TdH', 'Terre des Hommes']),
  entity('CARITAS', 'ngo', 'Caritas Internationalis', ['Caritas']),
  entity('HRW', 'ngo', 'Human Rights Watch', ['HRW']),
  entity('AMNESTY', 'ngo', 'Amnesty International', ['Amnesty']),
  entity('FWCC', 'ngo', 'Friends World Committee for Consultation (Quakers)', [
    'Friends World Committee for Consultation', 'FWCC', 'Quakers', 'Quaker United Nations Office', 'QUNO',
  ]),
  entity('VNGOC', 'ngo', 'Vienna NGO Committee', ['VNGOC', 'Vienna NGO Committee on Drugs']),
  entity('GAATW', 'ngo', 'Global Alliance Against Traffic in Women', ['GAATW']),
  entity('IJM', 'ngo', 'International Justice Mission', ['IJM']),
  entity('POLARIS', 'ngo', 'Polaris Project', ['Polaris']),
  entity('MMC', 'ngo', 'Mixed Migration Centre', ['MMC']),
  entity('ICMC', 'ngo', 'International Catholic Migration Commission', ['ICMC']),
  entity('JRS', 'ngo', 'Jesuit Refugee Service', ['JRS']),
  entity('MSF', 'ngo', 'Médecins Sans Frontières', ['MSF', 'Doctors Without Borders']),
  entity('SAVE-THE-CHILDREN', 'ngo', 'Save the Children', ['Save the Children International']),
  entity('WORLD-VISION', 'ngo', 'World Vision International', ['World Vision']),
  entity('IRC', 'ngo', 'International Rescue Committee', ['IRC']),
  entity('NRC', 'ngo', 'Norwegian Refugee Council', ['NRC']),
  entity('BASEL-INSTITUTE', 'ngo', 'Basel Institute on Governance', ['Basel Institute']),
  entity('UNCAC-COALITION', 'ngo', 'UNCAC Coalition', []),
  entity('IBA', 'ngo', 'International Bar Association', ['IBA']),
  entity('PRI', 'ngo', 'Penal Reform International', ['PRI']),
  entity('ICMEC', 'ngo', 'International Centre for Missing & Exploited Children', ['ICMEC', 'International Centre for Missing and Exploited Children']),
  entity('STOP-THE-TRAFFIK', 'ngo', 'STOP THE TRAFFIK', ['Stop the Traffik']),
  entity('SAFERWORLD', 'ngo', 'Saferworld', []),
  entity('OMEGA', 'ngo', 'Omega Research Foundation', ['Omega']),
  entity('CONFLICT-ARMAMENT', 'ngo', 'Conflict Armament Research', []),
  entity('PGA', 'ngo', 'Parliamentarians for Global Action', ['PGA']),
  entity('DCAF', 'ngo', 'Geneva Centre for Security Sector Governance', ['DCAF']),
  entity('SOROPTIMIST', 'ngo', 'Soroptimist International', ['Soroptimist']),
  entity('ZONTA', 'ngo', 'Zonta International', ['Zonta']),
  entity('WFSA', 'ngo', 'World Forum on Shooting Activities', ['WFSA']),
  entity('HUMAN-RIGHTS-FIRST', 'ngo', 'Human Rights First', []),
  entity('FREEDOM-FUND', 'ngo', 'Freedom Fund', ['The Freedom Fund']),
  entity('HIAS', 'ngo', 'HIAS', []),
  entity('SALVATION-ARMY', 'ngo', 'The Salvation Army', ['Salvation Army']),
]);

export const ACADEMIA: readonly SpeakerEntity[] = Object.freeze([
  entity('ACUNS', 'academia', 'Academic Council on the United Nations System', ['ACUNS', 'Academic Council on the UN System']),
  entity('SMALL-ARMS-SURVEY', 'academia', 'Small Arms Survey', ['SAS']),
  entity('SIPRI', 'academia', 'Stockholm International Peace Research Institute', ['SIPRI']),
  entity('STIMSON', 'academia', 'Stimson Center', ['Stimson', 'Henry L. Stimson Center']),
  entity('ISS-AFRICA', 'academia', 'Institute for Security Studies', ['ISS', 'ISS Africa']),
  entity('SIRACUSA', 'academia', 'Siracusa International Institute for Criminal Justice and Human Rights', ['Siracusa Institute', 'Siracusa International Institute']),
  entity('KIC', 'academia', 'Korean Institute of Criminology and Justice', ['KICJ', 'Korean Institute of Criminology']),
  entity('RWI', 'academia', 'Raoul Wallenberg Institute of Human Rights and Humanitarian Law', ['Raoul Wallenberg Institute', 'RWI']),
  entity('ISPAC', 'academia', 'International Scientific and Professional Advisory Council', ['ISPAC']),
  entity('GENEVA-GRADUATE-INSTITUTE', 'academia', 'Geneva Graduate Institute', ['Graduate Institute of International and Development Studies']),
]);

export const PRIVATE_SECTOR: readonly SpeakerEntity[] = Object.freeze([
  entity('TECH-AGAINST-TRAFFICKING', 'private-sector', 'Tech Against Trafficking', []),
  entity('IATA', 'private-sector', 'International Air Transport Association', ['IATA']),
  entity('ICC-COMMERCE', 'private-sector', 'International Chamber of Commerce', ['Chambre de commerce internationale']),
  entity('ICS', 'private-sector', 'International Chamber of Shipping', ['ICS']),
  entity('RBA', 'private-sector', 'Responsible Business Alliance', ['RBA']),
  entity('SAAMI', 'private-sector', "Sporting Arms and Ammunition Manufacturers' Institute", ['SAAMI']),
  entity('AFEMS', 'private-sector', 'Association of European Manufacturers of Sporting Ammunition', ['AFEMS']),
]);
