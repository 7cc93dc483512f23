// Converting a description between markups with regular expressions.
def html = "<p>Steps:</p><ol><li>Open <b>checkout</b></li><li>Pay as <i>guest</i></li></ol><p>Result: HTTP&nbsp;500</p>"
def text = html
  .replaceAll(/<li>/, "* ")
  .replaceAll(/<\/(p|li)>/, "\n")
  .replaceAll(/<b>(.*?)<\/b>/, '*$1*')
  .replaceAll(/<i>(.*?)<\/i>/, '_$1_')
  .replaceAll(/<[^>]+>/, "")
  .replace("&nbsp;", " ")
replica.wiki = text.trim()
replica.lines = text.readLines().findAll { it.trim() }
replica.headings = (issue.description =~ /(?m)^(\w+):/).collect { it[1] }
