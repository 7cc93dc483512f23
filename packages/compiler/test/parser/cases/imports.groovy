import java.text.SimpleDateFormat
import java.util.*
import static java.lang.Math.max
import static java.lang.Math.*
import java.util.concurrent.TimeUnit as Unit
import groovy.json.JsonSlurper;
def fmt = new SimpleDateFormat("yyyy")
