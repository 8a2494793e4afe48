package dev.kizuna.customers;

import java.util.UUID;

/** A customer was created (playbooks start on it; later, health scores and target lists). */
public record CompanyCreated(UUID companyId, CompanyKind kind, String name, UUID ownerId) {
}
