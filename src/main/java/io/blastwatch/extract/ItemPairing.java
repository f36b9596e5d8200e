package io.blastwatch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the dates of a sentence with its location groups. News lists incidents in three shapes:
 * "X on D1, Y on D2" (each place next to its date), "on D1 at X, on D2 at Y" (the other way round), and
 * "in October and November at X and Y" (dates and places in separate lists, paired only if "respectively" says so;
 * otherwise every place gets every date and deduplication sorts them out).
 */
final class ItemPairing {

    /** A location group with the dates that belong to it; either side may be empty. */
    record Pair(LocationGroup group, List<DateExpression> dates) {
    }

    private record Element(int start, DateExpression date, LocationGroup group) {
        boolean isDate() {
            return date != null;
        }
    }

    private ItemPairing() {
    }

    static List<Pair> pair(List<DateExpression> dates, List<LocationGroup> groups, boolean respectively) {
        List<Element> elements = new ArrayList<>();
        dates.forEach(d -> elements.add(new Element(d.start(), d, null)));
        groups.forEach(g -> elements.add(new Element(g.start(), null, g)));
        elements.sort((a, b) -> Integer.compare(a.start(), b.start()));

        List<List<Element>> runs = new ArrayList<>();
        for (Element e : elements) {
            if (runs.isEmpty() || runs.get(runs.size() - 1).get(0).isDate() != e.isDate()) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(e);
        }
        List<Pair> pairs = new ArrayList<>();
        int i = 0;
        while (i < runs.size()) {
            List<Element> run = runs.get(i);
            if (i + 1 < runs.size()) {
                List<Element> next = runs.get(i + 1);
                List<Element> dateRun = run.get(0).isDate() ? run : next;
                List<Element> groupRun = run.get(0).isDate() ? next : run;
                pairs.addAll(combine(datesOf(dateRun), groupsOf(groupRun), respectively));
                i += 2;
            } else {
                if (run.get(0).isDate()) {
                    datesOf(run).forEach(d -> pairs.add(new Pair(null, List.of(d))));
                } else {
                    groupsOf(run).forEach(g -> pairs.add(new Pair(g, List.of())));
                }
                i++;
            }
        }
        return pairs;
    }

    private static List<Pair> combine(List<DateExpression> dates, List<LocationGroup> groups, boolean respectively) {
        List<Pair> pairs = new ArrayList<>();
        if (dates.size() == 1) {
            groups.forEach(g -> pairs.add(new Pair(g, dates)));
        } else if (groups.size() == 1) {
            dates.forEach(d -> pairs.add(new Pair(groups.get(0), List.of(d))));
        } else if (respectively && dates.size() == groups.size()) {
            for (int k = 0; k < dates.size(); k++) {
                pairs.add(new Pair(groups.get(k), List.of(dates.get(k))));
            }
        } else {
            groups.forEach(g -> pairs.add(new Pair(g, dates)));
        }
        return pairs;
    }

    private static List<DateExpression> datesOf(List<Element> run) {
        return run.stream().map(Element::date).toList();
    }

    /** A group with a facility but no place ("a burial ground and an ammunition plant in Kotovsk") joins the next place. */
    private static List<LocationGroup> groupsOf(List<Element> run) {
        List<LocationGroup> raw = run.stream().map(Element::group).toList();
        if (raw.stream().noneMatch(LocationGroup::hasPlace)) {
            return raw;
        }
        List<LocationGroup> merged = new ArrayList<>();
        LocationGroup pending = null;
        for (LocationGroup g : raw) {
            if (g.facilityOnly()) {
                pending = pending == null ? g : pending.plus(g);
            } else {
                merged.add(pending == null ? g : pending.plus(g));
                pending = null;
            }
        }
        if (pending != null) {
            int last = merged.size() - 1;
            merged.set(last, merged.get(last).plus(pending));
        }
        return merged;
    }
}
