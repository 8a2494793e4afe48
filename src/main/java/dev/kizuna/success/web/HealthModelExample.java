package dev.kizuna.success.web;

/** What a new model starts from: seed 003's kind of score (quiet customers, complaints, late payments, usage). */
final class HealthModelExample {

    static final String JSON = """
            {
              "components" : [ {
                "key" : "quiet", "measure" : "daysSinceLastActivity", "weight" : 30,
                "thresholds" : [ { "from" : 0, "to" : 30, "points" : 10 }, { "from" : 30, "to" : 90, "points" : 5 },
                                 { "from" : 90, "points" : 0 } ]
              }, {
                "key" : "claims", "measure" : "activityCount", "params" : { "type" : "クレーム", "days" : "90" },
                "weight" : 20,
                "thresholds" : [ { "from" : 0, "to" : 1, "points" : 10 }, { "from" : 1, "to" : 3, "points" : 4 },
                                 { "from" : 3, "points" : 0 } ]
              }, {
                "key" : "late", "measure" : "latePayments", "params" : { "days" : "365" }, "weight" : 30,
                "thresholds" : [ { "from" : 0, "to" : 1, "points" : 10 }, { "from" : 1, "points" : 0 } ]
              }, {
                "key" : "usage", "measure" : "usageMetric", "params" : { "metric" : "portal.activeUserRate" },
                "weight" : 20, "missingPoints" : 5,
                "thresholds" : [ { "from" : 0, "to" : 30, "points" : 2 }, { "from" : 30, "to" : 60, "points" : 6 },
                                 { "from" : 60, "points" : 10 } ]
              } ],
              "bands" : { "caution" : 40, "good" : 60, "expansion" : 85 },
              "segment" : { "kind" : null, "tag" : null },
              "dropPoints" : 15, "dropDays" : 14, "routeDanger" : true, "routeExpansion" : true
            }
            """;

    private HealthModelExample() {
    }
}
