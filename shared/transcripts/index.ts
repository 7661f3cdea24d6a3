/** The UN's machine transcripts (transcripts.un.org), pure: parse, find the statement, prefill. */
export * from './model';
export { parseTranscript } from './parse';
export { statementAt, EARLY_START_S } from './statement-at';
export { speakerFromTranscript } from './speaker';
export { clipText, isMachineMarked, markMachineText, prefillAt, MACHINE_MARKER, MAX_PREFILL_TEXT, type Prefill } from './prefill';
export * from './urls';
