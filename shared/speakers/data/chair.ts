// Whoever presides: Chair, Co-Chairs, moderators and facilitators of the dialogue's panels.
import { entity } from './define';
import type { SpeakerEntity } from '../types';

export const CHAIR: SpeakerEntity = entity('CHAIR', 'chair', 'Chair', [
  'Chairperson', 'Chairman', 'Chairwoman', 'Chair of the meeting', 'Co-Chair', 'Co-Chairs', 'Co-Chairperson', 'Cochair',
  'Vice-Chair', 'Vice-Chairperson', 'President', 'Presidency', 'Président', 'Présidente', 'Présidence', 'Coprésident',
  'Presidente', 'Presidencia', 'Copresidente', 'Moderator', 'Modérateur', 'Modératrice', 'Moderador', 'Moderadora',
  'Facilitator', 'Facilitateur', 'Facilitatrice', 'Facilitador', 'Facilitadora', 'Vorsitz', 'Vorsitzende', 'Vorsitzender',
], { en: 'Chair', fr: 'Président', es: 'Presidente', ru: 'Председатель', zh: '主席', ar: 'الرئيس' });
