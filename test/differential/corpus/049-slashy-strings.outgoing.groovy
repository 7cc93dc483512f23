// Slashy and dollar-slashy strings keep backslashes and interpolate.
def project = "OPS"
replica.slashy = /C:\temp\file.txt/
replica.slashyRegex = /\d+\.\d+/
replica.slashyGString = /${project}-\d+/
replica.dollarSlashy = $/C:\temp\$project\n costs $$5 and $/ is a slash/$
replica.multiLine = /first
second/
replica.matches = "OPS-42" ==~ /${project}-\d+/
replica.escapedSlash = /a\/b/
