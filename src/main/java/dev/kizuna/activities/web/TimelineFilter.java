package dev.kizuna.activities.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline's kind filter as people think of it: 対応 / メモ / 商談 (deals, quotes, orders) / タスク / フロー / 変更,
 * each offered only when a module gives entries of that kind.
 */
record TimelineFilter(String key, List<String> kinds) {

    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("activity", List.of("activity"));
        GROUPS.put("note", List.of("note"));
        GROUPS.put("deal", List.of("deal", "quote", "order"));
        GROUPS.put("task", List.of("task"));
        GROUPS.put("playbook", List.of("playbook"));
        GROUPS.put("change", List.of("change"));
    }

    static List<TimelineFilter> available(List<String> kinds) {
        var filters = new ArrayList<TimelineFilter>();
        GROUPS.forEach((key, members) -> {
            List<String> present = members.stream().filter(kinds::contains).toList();
            if (!present.isEmpty()) {
                filters.add(new TimelineFilter(key, present));
            }
        });
        return filters;
    }

    /** Whether the chosen kinds are exactly this filter's. */
    public boolean chosen(List<String> chosenKinds) {
        return chosenKinds != null && !chosenKinds.isEmpty() && chosenKinds.containsAll(kinds) && kinds.containsAll(chosenKinds);
    }
}
