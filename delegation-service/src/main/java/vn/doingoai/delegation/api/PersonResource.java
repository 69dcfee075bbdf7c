package vn.doingoai.delegation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.delegation.domain.Person;
import vn.doingoai.delegation.service.PersonService;
import vn.doingoai.commons.persistence.ReadsRetried;

/** A person shared by delegations, read and corrected on its own (never as a side effect of a member write). */
@ReadsRetried
@Path("/api/v1/delegations/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delegations")
@RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.CENTRAL_AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
public class PersonResource {

    private final PersonService people;

    public PersonResource(PersonService people) {
        this.people = people;
    }

    @GET
    @Path("/{personId}")
    @Transactional
    @APIResponseSchema(value = PersonView.class, responseCode = "200", responseDescription = "OK; the ETag header carries "
            + "the person's version.")
    @Operation(operationId = "getPerson", summary = "Get a person",
            description = "The person as every delegation shows them. Passport and date of birth only for the province's "
                    + "officer, approver and admin.")
    public Response getPerson(@PathParam("personId") UUID personId) {
        return view(people.get(personId));
    }

    @PUT
    @Path("/{personId}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = PersonView.class, responseCode = "200", responseDescription = "OK; the ETag header carries "
            + "the person's new version.")
    @Operation(operationId = "updatePerson", summary = "Correct a person",
            description = "Requires If-Match with the person's ETag. The correction shows on every delegation the person is "
                    + "on, also those already submitted or approved, and is kept in the person's history with its reason. "
                    + "This is the way to resolve a PERSON_MISMATCH.")
    public Response correctPerson(@PathParam("personId") UUID personId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PersonInput input) {
        return view(people.correct(personId, ifMatch, input));
    }

    @GET
    @Path("/{personId}/history")
    @Transactional
    @Operation(operationId = "listPersonChanges", summary = "List a person's corrections",
            description = "Who changed which of the person's details, when and why, oldest first.")
    public PersonView.History listPersonChanges(@PathParam("personId") UUID personId) {
        Person person = people.get(personId);
        boolean personal = people.mayReadPersonalData(person.provinceCode);
        return new PersonView.History(people.history(personId).stream().map(c -> PersonView.Change.of(c, personal)).toList());
    }

    private Response view(Person person) {
        return Response.ok().tag(new EntityTag(String.valueOf(person.version)))
                .entity(PersonView.of(person, people.delegationCount(person), people.mayReadPersonalData(person.provinceCode)))
                .build();
    }
}
