package com.example.rules
@Grab('x:y:1')
import groovy.json.JsonSlurper
before = 1
class Helper {
  def run() { }
}
@Field
def annotated = 2
interface Named { String name() }
try (def r = open()) { use(r) } finally { }
arr = new String[3]
after = 3
