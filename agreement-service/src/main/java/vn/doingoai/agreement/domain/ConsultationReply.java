package vn.doingoai.agreement.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "ConsultationReply", description = "A consulted body's answer. Extensible.")
public enum ConsultationReply implements Labelled {
    AGREE,
    OBJECT,
    NO_ANSWER
}
