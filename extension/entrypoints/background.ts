export default defineBackground(() => {
  // The outbox and sync services are started here (walking skeleton, in progress).
});
