def a
def b = 1
def c = 1, d = 2
var e = "x"
String s
String t = "t"
List<String> l = []
Map<String, Object> m = [:]
final x = 1
final String y = "y"
def (p, q) = [1, 2]
def (String name, int size) = ["web", 3]
int i = 0
long big = 1L
boolean flag = true
double ratio = 0.5
String[] parts = ["a"]
java.util.List<Integer> numbers = [1]
Map<String, List<Map<String, Integer>>> nested = [:]
def map = [:] as Map
// Contextual keywords are names unless they start a declaration.
def record = nodeHelper.getLocalIssueFromRemoteId(id)
record.x = 2
var v = 1
var = 3
def sealed = true
