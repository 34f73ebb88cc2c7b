package org.concordance;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The API writes a {@link Coded} enum as its code ({@code third-party-audit}), but the API
 * description's scanner lists the constants' names ({@code THIRD_PARTY_AUDIT}): this filter puts
 * the codes in their place, so that a generated client reads what the API sends. An enum schema
 * it does not know fails the build: add the enum here.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CodedSchemas implements OASFilter {

    static final List<Class<? extends Coded>> CODED = List.of(org.concordance.actor.ActorKind.class,
            org.concordance.actor.SignatureRole.class, org.concordance.change.ChangeKind.class, org.concordance.change.ItemKind.class,
            org.concordance.compare.Consensus.class, org.concordance.compare.Leaning.class, org.concordance.compare.Unbounded.class,
            org.concordance.document.DocumentKind.class, org.concordance.document.LinkRelation.class,
            org.concordance.measure.LicenceInstrument.class, org.concordance.measure.MeasureType.class,
            org.concordance.measure.Scope.class, org.concordance.position.Basis.class, org.concordance.position.Stance.class);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Class<? extends Coded>> byName = CODED.stream().collect(Collectors.toMap(Class::getSimpleName, Function.identity()));
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getEnumeration() == null) {
                return;
            }
            Class<? extends Coded> type = byName.get(name);
            if (type == null) {
                throw new IllegalStateException("The API description has an enum schema " + name
                        + " that " + CodedSchemas.class.getName() + " does not know: add its enum to CODED");
            }
            schema.setEnumeration(Arrays.stream(type.getEnumConstants()).map(c -> (Object) c.code()).toList());
        });
    }
}
