package org.concordance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.concordance.document.Document;
import org.concordance.measure.parameters.MeasureParameters;
import org.concordance.measure.parameters.Moratorium;
import org.concordance.measure.parameters.ParameterRecords;
import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeasureModelTest {

    @Inject
    EntityManager em;

    @Test
    void everyParameterRecordHasExactlyOneTypeAndTheEntityNamesNone() {
        java.util.Set<Class<?>> records = new java.util.LinkedHashSet<>();
        for (MeasureType t : MeasureType.values()) {
            records.add(t.parametersType());
        }
        assertEquals(MeasureType.values().length, records.size(), "one record per type");
        records.forEach(r -> assertTrue(r.isRecord() && MeasureParameters.class.isAssignableFrom(r), r.toString()));
        assertEquals(6, Arrays.stream(MeasureType.values()).filter(MeasureType::core).count(), "six first-class types");
        // A new type is its record and its constant: the entity has no field, column or branch per type.
        for (java.lang.reflect.Field f : Measure.class.getDeclaredFields()) {
            assertTrue(!records.contains(f.getType()), "Measure has a field of one type's record: " + f);
        }
    }

    @Test
    @TestTransaction
    void aMeasureStoresItsRecordAsOneJsonDocumentWithCodes() {
        Object stored = em.createNativeQuery("select parameters_json from measure where slug = 'fli-six-month-pause'").getSingleResult();
        String json = String.valueOf(stored);
        assertTrue(json.contains("\"durationMonths\":6") && json.contains("\"minimumDuration\":true"), json);
        assertTrue(!json.contains("null"), "silent components are left out: " + json);
    }

    @Test
    @TestTransaction
    void everyTypesParametersSurviveTheDatabaseFieldByField() {
        Document doc = Document.findBySlug("fli-pause-letter");
        for (MeasureType t : MeasureType.values()) {
            Measure m = new Measure();
            m.slug = "model-test-" + t.code();
            m.document = doc;
            m.nameEn = "Model test " + t.code();
            MeasureParameters full = filled(t.parametersType());
            m.setParameters(full);
            em.persist(m);
        }
        em.flush();
        em.clear();
        for (MeasureType t : MeasureType.values()) {
            Measure m = Measure.findBySlug("model-test-" + t.code());
            assertEquals(t, m.type);
            assertEquals(filled(t.parametersType()), m.parameters(), t + " round trip");
        }
    }

    @Test
    @TestTransaction
    void thePauseLettersMoratoriumIsTyped() {
        Measure pause = Measure.findBySlug("fli-six-month-pause");
        assertEquals(MeasureType.MORATORIUM, pause.type);
        Moratorium p = assertInstanceOf(Moratorium.class, pause.parameters());
        assertEquals(6, p.durationMonths());
        assertEquals(Boolean.TRUE, p.minimumDuration());
        assertTrue(p.capabilityThreshold().contains("GPT-4"), p.capabilityThreshold());
    }

    @Test
    void aMeasureWithoutStatedParametersHasAnEmptyRecordOfItsType() {
        Measure m = new Measure();
        m.setParameters(ParameterRecords.empty(MeasureType.LIABILITY.parametersType()));
        assertEquals(MeasureType.LIABILITY, m.type);
        assertEquals(ParameterRecords.empty(MeasureType.LIABILITY.parametersType()), m.parameters());
    }

    /** A record with a distinct non-null value in every component. */
    static MeasureParameters filled(Class<? extends MeasureParameters> type) {
        try {
            RecordComponent[] cs = type.getRecordComponents();
            Object[] values = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                Class<?> c = cs[i].getType();
                values[i] = c == String.class ? cs[i].getName() + " 测试"
                        : c == Integer.class ? 7 + i
                        : c == Boolean.class ? (i % 2 == 0)
                        : c == BigDecimal.class ? new BigDecimal("0.3300")
                        : c.getEnumConstants()[i % c.getEnumConstants().length];
            }
            Constructor<? extends MeasureParameters> k = type.getDeclaredConstructor(
                    Arrays.stream(cs).map(RecordComponent::getType).toArray(Class[]::new));
            return k.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
