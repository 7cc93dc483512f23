try {
  risky()
} catch (Exception e) {
  log.warn(e.message)
}
try {
  risky()
} catch (IllegalArgumentException | IllegalStateException e) {
  handle(e)
} catch (e) {
  other(e)
} finally {
  cleanup()
}
try { risky() } finally { cleanup() }
try { risky() } catch (def e) { }
try { risky() } catch (final java.io.IOException e) { }
try {
  a()
} catch (RuntimeException e) {
  throw e
}
