// java.lang.Math.
replica.maxMin = [Math.max(3, 7), Math.min(3L, 7L), Math.max(1.5d, 2), Math.min(-1, -2)]
replica.abs = [Math.abs(-5), Math.abs(-5.5d), Math.abs(-7L)]
replica.round = [Math.round(2.5d), Math.round(-2.5d), Math.round(2.4f), Math.round(1.5)]
replica.roundTypes = [Math.round(2.5d), Math.round(2.4f)].collect { it.getClass().simpleName }
replica.floorCeil = [Math.floor(-1.5d), Math.ceil(1.2d), Math.floor(2)]
replica.pow = [Math.pow(2, 10), Math.pow(2.5d, 2)]
replica.sqrt = Math.sqrt(16)
replica.pi = Math.PI
replica.signum = Math.signum(-3.2d)
replica.hoursRoundedUp = Math.ceil(issue.workLogs[0].timeSpent / 3600) as int
