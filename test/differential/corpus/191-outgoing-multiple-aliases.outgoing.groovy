// Statement labels, semicolons and imports together as pasted from documentation.
import java.text.SimpleDateFormat;
import groovy.json.JsonOutput;
// copied from https://docs.example.com/sync/outgoing
https://docs.example.com/sync/outgoing#basic
replica.key = issue.key;
replica.summary = issue.summary.trim();
def f = new SimpleDateFormat("yyyy-MM-dd"); f.setTimeZone(TimeZone.getTimeZone("UTC"));
replica.created = f.format(issue.created);
replica.meta = JsonOutput.toJson([key: issue.key, labels: issue.labels.size()]);
