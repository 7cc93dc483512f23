// stripMargin and stripIndent on multi-line strings.
replica.margin = """|Issue: ${issue.key}
                    |Status: ${issue.status.name}""".stripMargin()
replica.marginChar = """#one
                        #two""".stripMargin("#")
replica.indent = """\
    first
      second
    third""".stripIndent()
replica.noMargin = "  no bar here".stripMargin()
