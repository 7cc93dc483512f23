// Times the comment-merge benchmark rule on Groovy in one warmed-up JVM.
//
// Usage: groovy Bench.groovy RULE.groovy STATE.json WARMUP_MS SAMPLES MIN_SAMPLE_MS
//
// The script is compiled once with GroovyShell. Each run gets a fresh deep copy
// of the state's issue and replica as LinkedHashMap/ArrayList values (copied
// before the timed batch, as bench/src/run-bench.ts does for Twinsync and JS).
// Prints one JSON line: {groovyVersion, javaVersion, iterationsPerSample,
// samplesUs, medianUs, minUs, issue}, where `issue` is the issue after one run.

import groovy.json.JsonOutput
import groovy.json.JsonSlurper

Object deepCopy(Object value) {
    if (value instanceof Map) {
        def copy = new LinkedHashMap()
        value.each { k, v -> copy.put(k, deepCopy(v)) }
        return copy
    }
    if (value instanceof List) {
        def copy = new ArrayList(value.size())
        value.each { copy.add(deepCopy(it)) }
        return copy
    }
    return value
}

if (args.length != 5) {
    System.err.println("usage: groovy Bench.groovy RULE.groovy STATE.json WARMUP_MS SAMPLES MIN_SAMPLE_MS")
    System.exit(2)
}
def ruleFile = new File(args[0])
def state = new JsonSlurper().parse(new File(args[1]))
long warmupMs = args[2] as long
int sampleCount = args[3] as int
long minSampleMs = args[4] as long

Script script = new GroovyShell().parse(ruleFile.text, "BenchRule")

// Builds the bindings of `count` runs; not timed.
List<Binding> prepare(Object state, int count) {
    (1..count).collect {
        new Binding([issue: deepCopy(state.issue), replica: deepCopy(state.replica), firstSync: state.firstSync])
    }
}

// Runs the script once per binding and returns the elapsed nanoseconds.
long timeBatch(Script script, List<Binding> bindings) {
    long start = System.nanoTime()
    for (Binding binding : bindings) {
        script.setBinding(binding)
        script.run()
    }
    System.nanoTime() - start
}

def check = prepare(state, 1)
script.setBinding(check[0])
script.run()
def resultIssue = check[0].getVariable("issue")

// Warm up in doubling batches; the last, warmest batch sets the iterations per sample.
long warmupNanos = 0
long lastBatchNanos = 0
int batch = 1
int lastBatch = 1
while (warmupNanos < warmupMs * 1_000_000L) {
    lastBatchNanos = timeBatch(script, prepare(state, batch))
    lastBatch = batch
    warmupNanos += lastBatchNanos
    if (batch < 1024) batch *= 2
}
int perSample = Math.max(1, Math.ceil(minSampleMs * 1_000_000L * lastBatch / (double) lastBatchNanos) as int)

def samplesUs = []
sampleCount.times {
    long nanos = timeBatch(script, prepare(state, perSample))
    samplesUs << nanos / 1000.0d / perSample
}
def sorted = samplesUs.sort(false)
int mid = sorted.size().intdiv(2)
double medianUs = sorted.size() % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2

println JsonOutput.toJson([
    groovyVersion      : GroovySystem.version,
    javaVersion        : System.getProperty("java.version"),
    iterationsPerSample: perSample,
    samplesUs          : samplesUs,
    medianUs           : medianUs,
    minUs              : sorted[0],
    issue              : resultIssue,
])
