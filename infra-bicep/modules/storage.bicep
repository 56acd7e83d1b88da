// Notify's storage account: the queues, tables and blob containers the functions use.
// The three name lists below must match functions/Notify.Functions/Storage/{Queues,Tables,BlobContainers}.cs;
// tests/Notify.Functions.Tests/Infrastructure/BicepStorageNamesTests.cs reads them and fails when they drift.
// Keep each list a plain literal array of quoted names (no comments or expressions inside the brackets).

// Every trigger queue followed by its "<queue>-poison" queue. The Functions host would create a poison queue
// on first use; creating it here lets alerts and dashboards target it before anything has failed.
var queueNames = [
  'policy-ingested'
  'policy-ingested-poison'
  'fanout-requested'
  'fanout-requested-poison'
  'delivery-batches'
  'delivery-batches-poison'
  'resident-changes'
  'resident-changes-poison'
]

var tableNames = [
  'Policies'
  'PolicyDocuments'
  'PolicyItems'
  'PolicyItemHistory'
  'ApiKeys'
  'Deliveries'
  'DeliveryProviderIds'
  'TemplateVersions'
  'SmsOptOuts'
  'AccessTokens'
  'SandboxMessages'
  'Residents'
  'Occurrences'
  'Notices'
  'FanOutJobs'
  'UnitContacts'
  'Acknowledgements'
  'ResidentIndex'
  'SenderProfiles'
  'DeliveryEvents'
  'RecipientDeliveries'
  'CallbackNonces'
]

var blobContainerNames = [
  'policy-sources'
]

@description('Storage account name: 3-24 lowercase letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param storageAccountName string

@description('Azure region for the account.')
param location string = resourceGroup().location

@description('Replication SKU.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_RAGRS'
  'Standard_GZRS'
  'Standard_RAGZRS'
])
param skuName string = 'Standard_LRS'

@description('Allow Shared Key (account key and SAS) requests. Turn off once every client authenticates with Entra ID.')
param allowSharedKeyAccess bool = true

@description('Tags applied to the account.')
param tags object = {}

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: allowSharedKeyAccess
    defaultToOAuthAuthentication: !allowSharedKeyAccess
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for name in queueNames: {
  parent: queueService
  name: name
}]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for name in tableNames: {
  parent: tableService
  name: name
}]

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for name in blobContainerNames: {
  parent: blobService
  name: name
  properties: {
    publicAccess: 'None'
  }
}]

output accountName string = account.name
output accountId string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
