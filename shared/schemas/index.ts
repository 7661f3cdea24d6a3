export * from './common';
export * from './dialogue';
export * from './clip';
export * from './team';
export * from './record';
export * from './token';
export * from './backup';
export * from './clip-edit';
