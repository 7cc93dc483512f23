// Fault (type-mismatch): a typed int variable given text.
int points = "five"
replica.points = points
