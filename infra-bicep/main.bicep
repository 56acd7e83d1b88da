// Notify's Azure resources. Deploy into an existing resource group:
//   az deployment group create --resource-group <rg> --template-file infra-bicep/main.bicep --parameters namePrefix=notify
targetScope = 'resourceGroup'

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('Lowercase letters and digits that start every resource name; 3-11 characters so the storage account name (prefix + 13-character hash) fits in 24.')
@minLength(3)
@maxLength(11)
param namePrefix string

@description('Storage replication SKU.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_RAGRS'
  'Standard_GZRS'
  'Standard_RAGZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Allow Shared Key (account key and SAS) requests to storage. Turn off once every client uses Entra ID.')
param allowSharedKeyAccess bool = true

@description('Tags applied to every resource.')
param tags object = {}

var storageAccountName = toLower('${namePrefix}${uniqueString(resourceGroup().id)}')

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    storageAccountName: storageAccountName
    location: location
    skuName: storageSkuName
    allowSharedKeyAccess: allowSharedKeyAccess
    tags: tags
  }
}

output storageAccountName string = storage.outputs.accountName
output storageAccountId string = storage.outputs.accountId
output blobEndpoint string = storage.outputs.blobEndpoint
output queueEndpoint string = storage.outputs.queueEndpoint
output tableEndpoint string = storage.outputs.tableEndpoint
