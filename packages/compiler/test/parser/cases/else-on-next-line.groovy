if (a) {
  x = 1
}
else if (b) {
  x = 2
}
else {
  x = 3
}
try {
  risky()
}
catch (Exception e) {
  log.warn(e.message)
}
finally {
  done = true
}
if (a) x = 1
else x = 2
