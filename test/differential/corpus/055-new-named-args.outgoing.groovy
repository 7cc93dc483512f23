// new with positional and named arguments.
import java.text.SimpleDateFormat
def epoch = new Date(0L)
def dayTwo = new Date(time: 86400000L)
def fmt = new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.US)
fmt.timeZone = TimeZone.getTimeZone("UTC")
replica.epoch = fmt.format(epoch)
replica.dayTwo = fmt.format(dayTwo)
replica.dayTwoMillis = dayTwo.time
def error = new IllegalArgumentException("bad value")
replica.error = error.message
replica.list = new ArrayList([3, 1, 2])
replica.map = new LinkedHashMap([b: 1, a: 2])
replica.decimal = new BigDecimal("12.50")
