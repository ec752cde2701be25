package org.renewal.survey.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.renewal.contracts.survey.QuestionnaireTallied;

/** Tallies of the questionnaire: counts only, per item and per building. */
final class Questionnaires {

    private Questionnaires() {
    }

    static QuestionnaireTallied tally(Community community) {
        List<QuestionnaireAnswer> answers = community.answers();
        List<QuestionnaireTallied.BuildingTally> perBuilding = new ArrayList<>();
        for (Building building : community.buildings()) {
            List<QuestionnaireAnswer> here = answers.stream()
                    .filter(a -> a.buildingNumber().equals(building.number())).toList();
            perBuilding.add(new QuestionnaireTallied.BuildingTally(building.number(), here.size(),
                    (int) here.stream().filter(QuestionnaireAnswer::willing).count(), itemCounts(here)));
        }
        return new QuestionnaireTallied(community.getId(), community.households(), answers.size(),
                (int) answers.stream().filter(QuestionnaireAnswer::willing).count(),
                (int) answers.stream().filter(QuestionnaireAnswer::willingToContribute).count(),
                itemCounts(answers), perBuilding);
    }

    /** Households per item, most chosen first, then by code. */
    static List<QuestionnaireTallied.ItemCount> itemCounts(List<QuestionnaireAnswer> answers) {
        Map<String, Integer> counts = new TreeMap<>();
        for (QuestionnaireAnswer answer : answers) {
            answer.items().forEach(code -> counts.merge(code, 1, Integer::sum));
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered.entrySet().stream().map(e -> new QuestionnaireTallied.ItemCount(e.getKey(), e.getValue()))
                .toList();
    }
}
