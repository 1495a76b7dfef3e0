package org.descentlab.core.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.Schedule;
import org.descentlab.core.optim.ScheduleKind;

/**
 * A learning-rate schedule in a scene file: {@code "schedule": {"kind": "step", "every": 100, "factor": 0.5}}, in
 * the surfaces section and in the network's training. Written only when not constant; absent or null reads as
 * constant, so files written before schedules existed open as they were. A parameter left out takes its default.
 */
final class ScheduleJson {

    static final String FIELD = "schedule";

    private ScheduleJson() {
    }

    /** Puts {@code schedule} into {@code o} unless it is constant. */
    static void write(ObjectMapper mapper, ObjectNode o, Schedule schedule) {
        if (schedule.constant()) {
            return;
        }
        ObjectNode s = mapper.createObjectNode();
        s.put("kind", schedule.kind().id());
        for (Hyperparameter h : schedule.kind().parameters()) {
            s.put(h.key(), schedule.values().get(h.key()));
        }
        o.set(FIELD, s);
    }

    /** The schedule in {@code o} (whose fields are named {@code p…}), or constant when there is none. */
    static Schedule read(JsonFields f, ObjectNode o, String p) {
        JsonNode node = o.get(FIELD);
        if (node == null || node.isNull()) {
            return Schedule.CONSTANT;
        }
        ObjectNode s = f.object(o, FIELD, p);
        String q = p + FIELD + ".";
        String id = f.text(s, "kind", q);
        ScheduleKind kind = ScheduleKind.byId(id);
        if (kind == null) {
            throw f.fail(q + "kind", "schedule kind must be one of " + Arrays.stream(ScheduleKind.values())
                    .map(ScheduleKind::id).toList() + ", got '" + id + "'");
        }
        String[] keys = new String[kind.parameters().size() + 1];
        keys[0] = "kind";
        for (int i = 0; i < kind.parameters().size(); i++) {
            keys[i + 1] = kind.parameters().get(i).key();
        }
        f.known(s, q, keys);
        var values = new Schedule(kind).values();
        for (Hyperparameter h : kind.parameters()) {
            if (s.has(h.key())) {
                double v = f.number(s, h.key(), q);
                String problem = h.problemWith(v);
                if (problem != null) {
                    throw f.fail(q + h.key(), kind.id() + " schedule: " + problem);
                }
                values = values.with(h.key(), v);
            }
        }
        return new Schedule(kind, values);
    }
}
