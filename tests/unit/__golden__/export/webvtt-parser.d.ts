// webvtt-parser ships no types; the tests use only this much of it.
declare module 'webvtt-parser' {
  export interface WebVTTCue { id: string; startTime: number; endTime: number; text: string }
  export interface WebVTTParseResult { cues: WebVTTCue[]; errors: { message: string; line: number; col: number }[] }
  export class WebVTTParser {
    parse(input: string, mode?: 'subtitles' | 'chapters' | 'metadata'): WebVTTParseResult;
  }
}
