if (a)
{
  x = 1
}
else
{
  x = 2
}
for (i in items)
{
  total += i
}
while (more())
{
  step()
}
def helper(a)
{
  return a * 2
}
switch (value)
{
  case 1:
    y = 1
}
try
{
  risky()
}
catch (e)
{
  fail(e)
}
// A closure that opens on the next line is appended to the call, as in Groovy.
issue.comments = commentHelper.mergeComments(issue, replica)
{
  it.internal = true
}
list.each

{ println it }
