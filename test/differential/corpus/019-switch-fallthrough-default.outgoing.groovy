// Cases without break fall through to the next case and into default.
def trace(value) {
  def steps = []
  switch (value) {
    case 1:
      steps << "one"
    case 2:
      steps << "two"
      break
    case 3:
      steps << "three"
    case 4:
      steps << "four"
    default:
      steps << "default"
  }
  steps
}
replica.t1 = trace(1)
replica.t2 = trace(2)
replica.t3 = trace(3)
replica.t4 = trace(4)
replica.t9 = trace(9)
