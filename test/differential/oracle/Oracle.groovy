// Differential-test oracle: runs every corpus case in one JVM with real Groovy
// and writes one JSON line per case.
//
// Usage: groovy Oracle.groovy MANIFEST.json RESULTS.jsonl
//   MANIFEST.json is a JSON list of {name, scriptPath, statePath, direction}.
//   Each line of RESULTS.jsonl is {name, json, error}: `json` is the text of
//   JsonOutput.toJson([issue: ..., replica: ...]) after the script ran (also after
//   it failed), `error` is null or {javaClass, message}.
//
// The binding mirrors the one Twinsync builds: `issue`, `workItem` and `entity`
// are one Entity, `replica` is an empty Entity (outgoing) or the state's replica
// (incoming), `previous` is an Entity or null, plus `firstSync`, `issueKey` and
// `connection`. Model date fields arrive as epoch milliseconds and become
// java.util.Date; every Date is turned back into epoch milliseconds on output.

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import org.codehaus.groovy.control.CompilationFailedException
import org.codehaus.groovy.runtime.InvokerInvocationException

/**
 * A record (issue, replica or previous) whose properties live in a LinkedHashMap.
 * It mirrors Twinsync's Entity model: any property name reads and writes the map;
 * a missing list or map field of the hub issue (labels, comments, customFields...)
 * reads as a new empty list or map that is stored; a name that is neither a field
 * nor a hub-issue field falls back to the custom field of that name, so
 * `issue."Story Points"` reads and writes `customFields."Story Points".value`.
 * `setStatus(name)` and bean accessors go through methodMissing, so that
 * `issue.status = x` stays a plain field write as in Twinsync.
 */
class Entity {
  static final Set<String> HUB_FIELDS = [
    "key", "id", "summary", "description", "environment", "status", "priority", "type", "resolution",
    "project", "projectKey", "typeName", "assignee", "assignees", "reporter", "creator", "labels",
    "components", "fixVersions", "affectedVersions", "comments", "attachments", "workLogs", "due",
    "created", "updated", "resolutionDate", "parentId", "issueLinks", "customFields", "customKeys",
  ] as Set
  static final Set<String> LIST_FIELDS = [
    "assignees", "labels", "components", "fixVersions", "affectedVersions", "comments", "attachments",
    "workLogs", "issueLinks",
  ] as Set
  static final Set<String> MAP_FIELDS = ["customFields", "customKeys"] as Set

  final Map<String, Object> twinsyncFields

  Entity(Map<String, Object> fields) {
    twinsyncFields = fields
  }

  def propertyMissing(String name) {
    readField(name)
  }

  def propertyMissing(String name, value) {
    writeField(name, value)
  }

  def readField(String name) {
    if (twinsyncFields.containsKey(name)) return twinsyncFields.get(name)
    if (LIST_FIELDS.contains(name) || MAP_FIELDS.contains(name)) {
      def empty = LIST_FIELDS.contains(name) ? new ArrayList() : new LinkedHashMap()
      twinsyncFields.put(name, empty)
      return empty
    }
    def custom = customField(name)
    custom == null ? null : custom.get("value")
  }

  void writeField(String name, value) {
    if (!twinsyncFields.containsKey(name) && !HUB_FIELDS.contains(name)) {
      def custom = customField(name)
      if (custom != null) {
        custom.put("value", value)
        return
      }
    }
    twinsyncFields.put(name, value)
  }

  private Map customField(String name) {
    def customFields = twinsyncFields.get("customFields")
    if (!(customFields instanceof Map) || !customFields.containsKey(name)) return null
    def entry = customFields.get(name)
    entry instanceof Map ? entry : null
  }

  def methodMissing(String name, args) {
    Object[] arguments = args as Object[]
    if (name == "setStatus" && arguments.length == 1) {
      def status = arguments[0]
      def statusName = status instanceof Map ? status.get("name") : status
      if (!(statusName instanceof CharSequence)) {
        throw new IllegalArgumentException("setStatus expects a status name, got " + (status == null ? "null" : "a value that is not a string"))
      }
      twinsyncFields.put("status", [name: statusName.toString()])
      return null
    }
    if (name.length() > 3 && Character.isUpperCase(name.charAt(3))) {
      def property = Character.toLowerCase(name.charAt(3)).toString() + name.substring(4)
      if (name.startsWith("get") && arguments.length == 0 && (HUB_FIELDS.contains(property) || twinsyncFields.containsKey(property))) {
        return readField(property)
      }
      if (name.startsWith("set") && arguments.length == 1 && HUB_FIELDS.contains(property)) {
        writeField(property, arguments[0])
        return null
      }
    }
    throw new MissingMethodException(name, Entity, arguments)
  }
}

// Date fields of the hub issue, at top level and inside list items. Custom field
// values are dates too when the field's type is "date" or "datetime".
TOP_LEVEL_DATE_FIELDS = ["due", "created", "updated", "resolutionDate"]
NESTED_DATE_FIELDS = [
  comments   : ["created", "updated"],
  attachments: ["created"],
  workLogs   : ["startDate"],
]

/** Deep copy of parsed JSON into LinkedHashMap and ArrayList (JsonSlurper returns lazy maps). */
def plainCopy(value) {
  if (value instanceof Map) {
    def copy = new LinkedHashMap<String, Object>()
    value.each { k, v -> copy.put(k.toString(), plainCopy(v)) }
    return copy
  }
  if (value instanceof List) {
    def copy = new ArrayList<Object>()
    value.each { copy.add(plainCopy(it)) }
    return copy
  }
  return value
}

def toDate(value) {
  value instanceof Number ? new Date(((Number) value).longValue()) : value
}

/** Builds an Entity from parsed JSON, turning model date fields into java.util.Date. */
def entityFrom(Map json) {
  Map<String, Object> fields = plainCopy(json ?: [:])
  TOP_LEVEL_DATE_FIELDS.each { field ->
    if (fields.containsKey(field)) fields.put(field, toDate(fields.get(field)))
  }
  NESTED_DATE_FIELDS.each { listField, itemFields ->
    def items = fields.get(listField)
    if (items instanceof List) {
      items.each { item ->
        if (item instanceof Map) {
          itemFields.each { f -> if (item.containsKey(f)) item.put(f, toDate(item.get(f))) }
        }
      }
    }
  }
  def customFields = fields.get("customFields")
  if (customFields instanceof Map) {
    customFields.values().each { entry ->
      if (entry instanceof Map && entry.get("type")?.toString()?.toLowerCase() in ["date", "datetime"]) {
        entry.put("value", toDate(entry.get("value")))
      }
    }
  }
  new Entity(fields)
}

/** Converts a result for JsonOutput: Entity to its map, Date to epoch millis, containers copied deeply. */
def forOutput(value) {
  if (value instanceof Entity) return forOutput(value.twinsyncFields)
  if (value instanceof Date) return ((Date) value).getTime()
  if (value instanceof Map) {
    def copy = new LinkedHashMap()
    value.each { k, v -> copy.put(k, forOutput(v)) }
    return copy
  }
  if (value instanceof Collection) {
    def copy = new ArrayList()
    value.each { copy.add(forOutput(it)) }
    return copy
  }
  if (value instanceof Object[]) return forOutput(value.toList())
  return value
}

def unwrap(Throwable t) {
  while (t instanceof InvokerInvocationException && t.cause != null) t = t.cause
  t
}

def runCase(GroovyShell shell, Map testCase, JsonSlurper slurper) {
  def state = testCase.statePath ? plainCopy(slurper.parse(new File(testCase.statePath), "UTF-8")) : [:]
  boolean incoming = testCase.direction == "incoming"

  def issue = entityFrom(state.issue)
  def replica = incoming ? entityFrom(state.replica) : new Entity(new LinkedHashMap<String, Object>())
  def issueFields = issue.twinsyncFields
  def issueKey = state.issueKey ?: [id: issueFields.get("id"), key: issueFields.get("key")]
  // Defaults as in Twinsync's state files: a connection named "default", and
  // firstSync true exactly when no local issue is given.
  def connection = state.connection ?: [name: "default"]

  def binding = new Binding()
  binding.setVariable("issue", issue)
  binding.setVariable("workItem", issue)
  binding.setVariable("entity", issue)
  binding.setVariable("replica", replica)
  binding.setVariable("issueKey", issueKey)
  binding.setVariable("connection", connection)
  if (incoming) {
    binding.setVariable("previous", state.previous == null ? null : entityFrom(state.previous))
    binding.setVariable("firstSync", state.containsKey("firstSync") && state.firstSync != null ? state.firstSync : state.issue == null)
  }
  // `println` in a script writes here instead of the results stream.
  binding.setVariable("out", new PrintWriter(new StringWriter()))

  def error = null
  try {
    def script = shell.parse(new File(testCase.scriptPath).getText("UTF-8"), scriptClassName(testCase.name))
    script.setBinding(binding)
    script.run()
  } catch (CompilationFailedException e) {
    error = [javaClass: "CompilationFailedException", message: e.message]
  } catch (Throwable thrown) {
    def t = unwrap(thrown)
    error = [javaClass: t.getClass().getSimpleName(), message: t.getMessage()]
  }

  String json
  try {
    json = JsonOutput.toJson([issue: forOutput(issue), replica: forOutput(replica)])
  } catch (Throwable t) {
    json = null
    error = error ?: [javaClass: "OracleSerializationError", message: t.getClass().getSimpleName() + ": " + t.getMessage()]
  }
  [name: testCase.name, json: json, error: error]
}

/** A valid Java class name for the script, stable per case. */
def scriptClassName(String caseName) {
  "Case_" + caseName.replaceAll(/[^A-Za-z0-9_]/, "_")
}

if (args.length != 2) {
  System.err.println("usage: groovy Oracle.groovy MANIFEST.json RESULTS.jsonl")
  System.exit(2)
}

TimeZone.setDefault(TimeZone.getTimeZone("UTC"))
Locale.setDefault(Locale.US)

// Groovy 2.4's JSON classes parse "java.version" once, do not recognise "17.0.x"
// and then give JsonSlurper maps sorted by key (TreeMap). On Java 8 and in
// Groovy 4 the maps keep the document's key order, so the oracle makes that
// check see a Java 8 version string while the class initialises.
def javaVersion = System.getProperty("java.version")
System.setProperty("java.version", "1.8.0")
groovy.json.internal.Sys.is1_8OrLater()
System.setProperty("java.version", javaVersion)

def slurper = new JsonSlurper()
def manifest = slurper.parse(new File(args[0]), "UTF-8")
def results = new File(args[1])
results.text = ""
results.withWriter("UTF-8") { writer ->
  manifest.each { testCase ->
    def shell = new GroovyShell(this.class.classLoader)
    def result = runCase(shell, plainCopy(testCase), slurper)
    writer.write(JsonOutput.toJson(result))
    writer.write("\n")
    writer.flush()
  }
}
