package vn.doingoai.agreement.service;

import vn.doingoai.commons.time.DateWindow;
import java.time.LocalDate;
import java.util.UUID;
import vn.doingoai.agreement.domain.AgreementKind;
import vn.doingoai.agreement.domain.AgreementStatus;
import vn.doingoai.agreement.domain.SigningLevel;

/** The filters of the agreement list; null means "any". */
public record AgreementQuery(String q, AgreementStatus status, AgreementKind kind, UUID partnerId,
        String partnerCountry, String fieldCode, SigningLevel signingLevel, LocalDate signedFrom, LocalDate signedTo,
        LocalDate inForceFrom, LocalDate inForceTo, LocalDate expiresFrom, LocalDate expiresTo, String responsibleUnit,
        String provinceCode, UUID parentId) {

    public AgreementQuery {
        DateWindow.requireOrdered("signedFrom", signedFrom, "signedTo", signedTo);
        DateWindow.requireOrdered("inForceFrom", inForceFrom, "inForceTo", inForceTo);
        DateWindow.requireOrdered("expiresFrom", expiresFrom, "expiresTo", expiresTo);
    }
}
