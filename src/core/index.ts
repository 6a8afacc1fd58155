// The engine's public entry: re-exports only.
export * from './issue';
export * from './text/decode';
export * from './diff';
export * from './ter';
export * from './formats';
export * from './check';
export * from './bilingual';
